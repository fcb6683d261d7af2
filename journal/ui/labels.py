"""What the window draws beside a code's name (its words are in `journal.services.vocabulary`).

Shapes, not colour alone, tell the kinds of entries apart in the timeline.
"""

from __future__ import annotations

# A glyph per entry kind, drawn before the kind's name.
KIND_GLYPHS = {"interaction": "●", "gratitude": "♥", "lesson": "★", "incident": "▲", "checkin": "◆"}
GOOD_SIGN_GLYPH = "✔"  # drawn in the good signs' own outline shape, never colour alone
