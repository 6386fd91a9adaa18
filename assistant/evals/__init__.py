"""Evals: question sets and BEIR benchmarks, saved runs and comparison, reports, abstention calibration."""
