"""Times AWS's MSK sizing script (msk_sizing.py, read from the path given) on workloads from a JSON file.

Our own harness for `npm run bench -- --aws-script PATH`: the script is imported from where it lies
(never copied into this project), every workload is turned into its SizingInputs before timing, and
each run sizes all workloads with the script's Standard and Express functions (its 22 options).
Prints the median milliseconds per run as JSON.
"""
import importlib.util
import json
import statistics
import sys
import time


def main() -> None:
    script_path, workloads_path, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    spec = importlib.util.spec_from_file_location("msk_sizing", script_path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {script_path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with open(workloads_path, encoding="utf-8") as f:
        workloads = json.load(f)
    inputs = [module.SizingInputs(**w) for w in workloads]
    standard, express = module.calculate_standard_sizing, module.calculate_express_sizing
    for i in inputs[:50]:  # warm up
        standard(i)
        express(i)
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        for i in inputs:
            standard(i)
            express(i)
        timings.append((time.perf_counter() - start) * 1000)
    print(json.dumps({"medianMs": statistics.median(timings), "runs": runs, "workloads": len(inputs), "python": sys.version.split()[0]}))


if __name__ == "__main__":
    main()
