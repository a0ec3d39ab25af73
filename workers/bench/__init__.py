"""``khabar bench``: throughput, latency and memory of the pipeline, in process and through Kafka, beside ceilings."""
