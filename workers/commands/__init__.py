"""One module per ``khabar`` command; each keeps to argument handling and output, calling the package for the work."""
