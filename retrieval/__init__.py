"""belegbot's retrieval side: corpus, segmentation, index, search, attribution and answers."""
