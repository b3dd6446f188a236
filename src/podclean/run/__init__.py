"""Running the pipeline over a batch: executors, the consumer loop, the two passes.

:mod:`podclean.pipeline` says which stages clean one capture and in what
order; this package says how a batch of captures is run through them:

* :mod:`~podclean.run.capture`: one capture cleaned, its failure turned into
  a value and a report;
* :mod:`~podclean.run.serial` and :mod:`~podclean.run.pool`: executors, which
  clean captures in this process or over worker processes and hand back
  their outcomes in input order (a new executor is one more module);
* :mod:`~podclean.run.ray`: the plan's map stages on a Ray cluster, for
  ``podclean.ray`` and ``--engine ray`` (Ray imported only there);
* :mod:`~podclean.run.loop`: the one consumer loop the API, the command line
  and the catalog call: inputs read as needed, every input accounted for;
* :mod:`~podclean.run.gather` and :mod:`~podclean.run.spill`: the first pass
  keeps each record aside, the second resolves and merges them.
"""
