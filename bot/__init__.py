"""belegbot's front ends: the command line, the terminal chat and the Telegram bot."""

import os

# Opt in to python-telegram-bot's time periods as ``timedelta`` (the default from its next major
# version): otherwise every 429 its own rate limiter handles logs a deprecation warning.
os.environ.setdefault("PTB_TIMEDELTA", "1")
