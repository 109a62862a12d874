"""hubdesk: the intake desk of Haarlem's neighbourhood city hubs."""

__version__ = "0.1.0"
APP_NAME = "hubdesk"
