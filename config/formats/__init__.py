"""Ajar's own date formats (FORMAT_MODULE_PATH): Django's nl and fr formats are kept."""
