"""One module per sidebar page (Today, Journal, Clients, Incidents, Insights, Settings), and what only a page uses."""
