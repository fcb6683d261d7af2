"""Rapport: a desktop journal of client interactions that warns an account manager of burnout."""

__version__ = "0.1.0"
