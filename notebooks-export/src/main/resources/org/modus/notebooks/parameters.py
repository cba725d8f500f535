# Parameters: the run directory whose tables this notebook reads. The default ".." is the run
# directory when the notebook sits in RUN_DIR/notebooks; point it elsewhere (hdfs://, s3a://,
# dbfs:/) to read a copy of the run. Tagged "parameters" for papermill.
RUN_DIR = ".."

from pyspark.sql import SparkSession

# On a cluster notebook server a session already exists; getOrCreate() returns it.
spark = SparkSession.builder.appName("modus-notebook").getOrCreate()
