"""Reference answers for the analysis API computed by GrowthBook's own gbstats.

Not part of the product or of CI: run by hand when the cases change, with gbstats on the path
(packages/stats of github.com/growthbook/growthbook, plus numpy, scipy, pandas, pydantic):

    PYTHONPATH=/path/to/growthbook/packages/stats python3 make-reference.py > gbstats-reference.json
"""
import json
import math

from gbstats.bayesian.tests import EffectBayesianABTest, EffectBayesianConfig, GaussianPrior
from gbstats.frequentist.tests import (
    FrequentistConfig, OneSidedTreatmentGreaterTTest, OneSidedTreatmentLesserTTest,
    SequentialConfig, SequentialOneSidedTreatmentGreaterTTest, SequentialOneSidedTreatmentLesserTTest,
    SequentialTwoSidedTTest, TwoSidedTTest,
)
from gbstats.models.statistics import (
    ProportionStatistic, RatioStatistic, RegressionAdjustedStatistic, SampleMeanStatistic,
)
from gbstats.utils import check_srm


def base(kind, n, s, ss):
    return ProportionStatistic(n=n, sum=s) if kind == "proportion" else SampleMeanStatistic(n=n, sum=s, sum_squares=ss)


def statistic(kind, v):
    n = v.get("n", v["users"])
    if kind == "ratio":
        return RatioStatistic(
            n=v["users"],
            m_statistic=SampleMeanStatistic(n=n, sum=v["sum"], sum_squares=v["sumSquares"]),
            d_statistic=SampleMeanStatistic(n=n, sum=v["denominatorSum"], sum_squares=v["denominatorSumSquares"]),
            m_d_sum_of_products=v["mainDenominatorSumProduct"],
        )
    post = base(kind, n, v["sum"], v.get("sumSquares", 0))
    if "covariateSum" not in v:
        return post
    pre = base(kind, n, v["covariateSum"], v.get("covariateSumSquares", 0))
    return RegressionAdjustedStatistic(n=v["users"], post_statistic=post, pre_statistic=pre,
                                       post_pre_sum_of_products=v["mainCovariateSumProduct"], theta=None)


def num(x):
    if x is None or (isinstance(x, float) and math.isinf(x)):
        return None
    return float(x)


def analyze(req):
    kind = req["metric"]["type"]
    alpha = req.get("alpha", 0.05)
    diff = req.get("difference", "relative")
    alt = req.get("alternative", "two-sided")
    stats = [statistic(kind, v) for v in req["variations"]]
    out = []
    control = None
    for v, stat in zip(req["variations"][1:], stats[1:]):
        pair = [(stats[0], stat)]
        if req["engine"] == "bayesian":
            p = req.get("prior", {"mean": 0, "variance": 1, "proper": False})
            test = EffectBayesianABTest(pair, EffectBayesianConfig(
                difference_type=diff, alpha=alpha, inverse=req.get("inverse", False),
                prior_effect=GaussianPrior(mean=p["mean"], variance=p["variance"], proper=p["proper"]), prior_type="relative"))
        elif "sequential" in req:
            cls = {"two-sided": SequentialTwoSidedTTest, "greater": SequentialOneSidedTreatmentGreaterTTest,
                   "less": SequentialOneSidedTreatmentLesserTTest}[alt]
            test = cls(pair, SequentialConfig(difference_type=diff, alpha=alpha, sequential_tuning_parameter=req["sequential"]["tuning"]))
        else:
            cls = {"two-sided": TwoSidedTTest, "greater": OneSidedTreatmentGreaterTTest, "less": OneSidedTreatmentLesserTTest}[alt]
            test = cls(pair, FrequentistConfig(difference_type=diff, alpha=alpha))
        r = test.compute_result()
        control = test.stat_a
        row = {"name": v["name"], "users": v["users"], "mean": num(test.stat_b.unadjusted_mean), "variance": num(test.stat_b.variance),
               "expected": num(r.expected), "ci": [num(r.ci[0]), num(r.ci[1])]}
        if req["engine"] == "bayesian":
            row["chanceToWin"] = num(r.chanceToWin)
            row["risk"] = [num(r.risk[0]), num(r.risk[1])]
        else:
            row["pValue"] = num(r.pValue)
        if r.errorMessage:
            row["error"] = r.errorMessage
        out.append(row)
    users = [v["users"] for v in req["variations"]]
    srm = float(check_srm(users, req.get("weights", [1] * len(users))))
    first = req["variations"][0]
    return {"srm": {"pValue": srm, "warning": srm < 0.001},
            "variations": [{"name": first["name"], "users": first["users"], "mean": num(control.unadjusted_mean), "variance": num(control.variance)}] + out}


P = {"type": "proportion"}
M = {"type": "mean"}
R = {"type": "ratio"}
prop = [{"name": "control", "users": 5000, "sum": 500}, {"name": "treatment", "users": 5000, "sum": 560}]
means = [{"name": "control", "users": 3000, "sum": 12000.5, "sumSquares": 98000.25},
         {"name": "treatment", "users": 3100, "sum": 13100.0, "sumSquares": 106500.0}]
ratio = [{"name": "control", "users": 2000, "sum": 3500, "sumSquares": 9100, "denominatorSum": 2600, "denominatorSumSquares": 4300, "mainDenominatorSumProduct": 5600},
         {"name": "treatment", "users": 2050, "sum": 3800, "sumSquares": 10200, "denominatorSum": 2650, "denominatorSumSquares": 4400, "mainDenominatorSumProduct": 6100}]
cuped = [{"name": "control", "users": 4000, "sum": 8000, "sumSquares": 24000, "covariateSum": 7600, "covariateSumSquares": 21000, "mainCovariateSumProduct": 19500},
         {"name": "treatment", "users": 4000, "sum": 8400, "sumSquares": 26000, "covariateSum": 7500, "covariateSumSquares": 20500, "mainCovariateSumProduct": 19900}]
cuped_prop = [{"name": "control", "users": 6000, "sum": 900, "covariateSum": 1200, "mainCovariateSumProduct": 400},
              {"name": "treatment", "users": 6000, "sum": 990, "covariateSum": 1180, "mainCovariateSumProduct": 450}]
three = [{"name": "control", "users": 10000, "sum": 1000}, {"name": "a", "users": 10500, "sum": 1100}, {"name": "b", "users": 9400, "sum": 980}]
skew = [{"name": "control", "users": 5000, "sum": 500}, {"name": "treatment", "users": 5400, "sum": 560}]

CASES = {
    "proportion, bayesian, relative": {"engine": "bayesian", "metric": P, "variations": prop},
    "proportion, bayesian, absolute": {"engine": "bayesian", "difference": "absolute", "metric": P, "variations": prop},
    "proportion, bayesian, inverse": {"engine": "bayesian", "inverse": True, "metric": P, "variations": prop},
    "proportion, bayesian, proper prior": {"engine": "bayesian", "prior": {"mean": 0.05, "variance": 0.01, "proper": True}, "metric": P, "variations": prop},
    "mean, bayesian, absolute, proper prior": {"engine": "bayesian", "difference": "absolute", "prior": {"mean": 0, "variance": 0.04, "proper": True}, "metric": M, "variations": means},
    "proportion, frequentist, two-sided": {"engine": "frequentist", "metric": P, "variations": prop},
    "proportion, frequentist, alpha 0.1, absolute": {"engine": "frequentist", "alpha": 0.1, "difference": "absolute", "metric": P, "variations": prop},
    "proportion, frequentist, greater": {"engine": "frequentist", "alternative": "greater", "metric": P, "variations": prop},
    "proportion, frequentist, less": {"engine": "frequentist", "alternative": "less", "metric": P, "variations": prop},
    "mean, frequentist, relative": {"engine": "frequentist", "metric": M, "variations": means},
    "mean, frequentist, absolute": {"engine": "frequentist", "difference": "absolute", "metric": M, "variations": means},
    "sequential two-sided, tuning 5000": {"engine": "frequentist", "sequential": {"tuning": 5000}, "metric": P, "variations": prop},
    "sequential two-sided, tuning 1000, absolute": {"engine": "frequentist", "sequential": {"tuning": 1000}, "difference": "absolute", "metric": M, "variations": means},
    "sequential greater": {"engine": "frequentist", "sequential": {"tuning": 5000}, "alternative": "greater", "metric": P, "variations": prop},
    "sequential less": {"engine": "frequentist", "sequential": {"tuning": 5000}, "alternative": "less", "metric": P, "variations": prop},
    "ratio, frequentist": {"engine": "frequentist", "metric": R, "variations": ratio},
    "ratio, bayesian, absolute": {"engine": "bayesian", "difference": "absolute", "metric": R, "variations": ratio},
    "cuped mean, frequentist, relative": {"engine": "frequentist", "metric": M, "variations": cuped},
    "cuped mean, frequentist, absolute": {"engine": "frequentist", "difference": "absolute", "metric": M, "variations": cuped},
    "cuped mean, bayesian": {"engine": "bayesian", "metric": M, "variations": cuped},
    "cuped proportion, frequentist": {"engine": "frequentist", "metric": P, "variations": cuped_prop},
    "three variations with weights": {"engine": "bayesian", "metric": P, "variations": three, "weights": [0.34, 0.33, 0.33]},
    "skewed split": {"engine": "frequentist", "metric": P, "variations": skew},
    "zero conversions in control": {"engine": "bayesian", "metric": P, "variations": [{"name": "control", "users": 800, "sum": 0}, {"name": "treatment", "users": 800, "sum": 12}]},
    "n differs from users": {"engine": "frequentist", "metric": M, "variations": [
        {"name": "control", "users": 900, "n": 1500, "sum": 3000, "sumSquares": 9000}, {"name": "treatment", "users": 910, "n": 1550, "sum": 3300, "sumSquares": 9900}]},
}

print(json.dumps([{"name": k, "request": v, "expected": analyze(v)} for k, v in CASES.items()], indent=1))
