# Loaded by moto_server at start-up (motostack.RunMoto puts this directory first on PYTHONPATH).
# Two things for the local stack, neither changing what moto answers:
#
# 1. `kill -USR1 <moto pid>` prints every thread's Python stack to moto's log (faulthandler):
#    what to look at when a request to the emulator seems to hang.
# 2. A DynamoDB Query on a table's own partition key reads that partition only. moto 5.2
#    (Table.query) builds it from Table.all_items(), which copies and SORTS EVERY ITEM OF THE TABLE,
#    then keeps the partition's: each such query costs O(n log n) in the table's size, so a load
#    run slows down as its table grows (at 50,000 items about a second of the emulator's CPU per
#    query). While the main-table branch of Table.query runs, all_items() here returns only the
#    queried partition, sorted the same way; Table.query then filters and sorts it exactly as
#    before, so the answer is the same item for item. Index queries and scans are untouched.
#    The patch applies only when Table.query has the signature it was written against.
# 3. SQS reads the clock through time.time(). moto 5.2 (sqs/models.py) asks each message whether
#    it is visible or delayed by building two datetimes per question (core.utils.unix_time), and asks
#    every message of the queue on every SendMessage (it builds the queue's attributes), every
#    ReceiveMessage and every GetQueueAttributes: with thousands of replies queued each call cost
#    about a tenth of a second, so the form's POSTs and the consumers slowed as the queue grew.
#    unix_time() without an argument is the current POSIX time, which time.time() gives directly;
#    with an argument the original runs. Same values, far cheaper (the calls stay O(queue)).
import sys


def _faulthandler():
    try:
        import faulthandler
        import signal

        faulthandler.register(signal.SIGUSR1, all_threads=True)
    except Exception:  # not fatal: only a diagnostic
        pass


def _partition_query():
    import inspect
    import threading

    from moto.dynamodb.models.table import Table

    params = list(inspect.signature(Table.query).parameters)
    if params[:9] != ["self", "hash_key", "range_comparison", "range_objs", "limit",
                      "exclusive_start_key", "scan_index_forward", "projection_expressions", "index_name"]:
        return "motostack: moto's Table.query changed, partition-query patch NOT applied"

    original_all_items, original_query = Table.all_items, Table.query
    local = threading.local()

    def all_items(self):
        hash_key = getattr(local, "hash_key", None)
        if hash_key is None:
            return original_all_items(self)
        partition = self.items.get(hash_key)  # .get: items is a defaultdict, do not add to it
        if partition is None:
            return []
        items = list(partition.values()) if self.range_key_attr else [partition]
        return sorted(items, key=lambda x: (x.hash_key, x.range_key) if x.range_key else x.hash_key)

    def query(self, hash_key, *args, **kwargs):
        index_name = args[6] if len(args) > 6 else kwargs.get("index_name")
        if index_name or hash_key is None:
            return original_query(self, hash_key, *args, **kwargs)
        local.hash_key = hash_key
        try:
            return original_query(self, hash_key, *args, **kwargs)
        finally:
            local.hash_key = None

    Table.all_items, Table.query = all_items, query
    return "motostack: partition-query patch applied"


def _sqs_clock():
    import time

    import moto.sqs.models as sqs

    original_unix_time, original_unix_time_millis = sqs.unix_time, sqs.unix_time_millis

    def unix_time(dt=None):
        return time.time() if dt is None else original_unix_time(dt)

    def unix_time_millis(dt=None):
        return time.time() * 1000.0 if dt is None else original_unix_time_millis(dt)

    sqs.unix_time, sqs.unix_time_millis = unix_time, unix_time_millis
    return "motostack: SQS clock patch applied"


_faulthandler()
for _patch in (_partition_query, _sqs_clock):
    try:
        print(_patch(), file=sys.stderr, flush=True)
    except Exception as e:  # moto not importable here, or laid out differently: run unpatched
        print("motostack:", _patch.__name__, "patch NOT applied:", repr(e), file=sys.stderr, flush=True)
