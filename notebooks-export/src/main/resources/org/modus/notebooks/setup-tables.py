# Register the run's Parquet tables as temporary views named like the tables, as the report did,
# so each SQL statement below runs exactly as the report ran it.
TABLES = {{TABLES}}
for name in TABLES:
    spark.read.parquet(f"{RUN_DIR}/tables/{name}").createOrReplaceTempView(name)
