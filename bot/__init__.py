"""belegbot's front ends: the command line, the terminal chat and the Telegram bot."""
