# British-style dates for English pages ("23 January 2025"), as the cluster writes them.
DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "j M Y"
