"""The desktop face (PySide6). The only package that imports Qt."""
