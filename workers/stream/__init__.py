"""The stream side of Khabar: the Faust worker on Kafka, its extraction process pool, and the Kafka tools."""
