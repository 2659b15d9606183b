"""int_person_predictions: churn probability, 30-day purchase propensity and 12-month CLV.

One row per person in scope at the profile clock. Two gradient-boosted tree classifiers
(scikit-learn HistGradientBoostingClassifier) learn from a time split: they are fitted on the
features of the `training` cutoff of int_person_features_at_cutoffs (label_window_days before the
clock) against what happened after it (`churned`, `purchased_within_30d`), then score the
features of the `scoring` cutoff (the clock itself). Every feature is computed in SQL; this model
only fits and scores, so it stays fast at a million persons (training rows are capped at
`max_training_rows`, a deterministic sample).

Each holdout AUC is measured on a random `holdout_share` of the training rows with a model fitted
on the rest; the model that scores is then refitted on all training rows.

Fallback: when there are fewer than `min_training_rows` training rows, or the rarer class of a
label has fewer than `min_class_rows` rows, that label is not modelled and every person gets its
base rate (the share of training rows with the label); the method column says `base_rate` and
the holdout AUC is null. Without any training row the probability is null (method `none`).

predicted_clv_amount, the expected net spend over the next `clv_horizon_days` days:
    orders_per_30d  = -ln(1 - purchase_propensity_30d)   (the Poisson rate whose chance of at
                                                          least one order is the propensity)
    retention_30d   = (1 - churn_probability) ** (30 / label_window_days)   (constant hazard)
    expected_orders = orders_per_30d * integral_0^M retention_30d ** t dt,  M = horizon / 30
                    = orders_per_30d * (1 - retention_30d ** M) / -ln(retention_30d)
    order_amount    = (net_spend + k * population_order_amount) / (kept_orders + k)
    predicted_clv   = expected_orders * order_amount
The order amount is the person's average kept order shrunk towards the population's average
with a weight of k = `clv_prior_orders` orders, so a single large order does not dominate.
"""

import numpy as np
import pyarrow as pa

MODEL_VERSION = "portrait-predictions-1"

DEFAULTS = {
    "random_state": 42,
    "holdout_share": 0.2,
    "min_training_rows": 100,
    "min_class_rows": 10,
    "max_training_rows": 250_000,
    "clv_horizon_days": 365,
    "clv_prior_orders": 2,
}

# Tuned on generated data (1,500 and 20,000 persons): small, strongly regularised trees beat the
# default trees at both sizes (most at 1,500 persons) and match or beat logistic regression.
TREE_PARAMS = {
    "max_iter": 150,
    "learning_rate": 0.05,
    "max_leaf_nodes": 7,
    "min_samples_leaf": 40,
    "l2_regularization": 5.0,
    "max_features": 0.5,
    "early_stopping": False,
}

# Columns of int_person_features_at_cutoffs that are not features.
NOT_FEATURES = {
    "person_id", "cutoff_name", "cutoff_at", "label_end_at", "currency",
    "purchased_within_30d", "churned",
}  # fmt: skip

# (label column, output probability column, output prefix)
TARGETS = [
    ("churned", "churn_probability", "churn"),
    ("purchased_within_30d", "purchase_propensity_30d", "purchase"),
]

OUTPUT_SCHEMA = pa.schema(
    [
        ("person_id", pa.string()),
        ("churn_probability", pa.float64()),
        ("purchase_propensity_30d", pa.float64()),
        ("predicted_clv_amount", pa.decimal128(18, 2)),
        ("currency", pa.string()),
        ("churn_method", pa.string()),
        ("purchase_method", pa.string()),
        ("churn_holdout_auc", pa.float64()),
        ("purchase_holdout_auc", pa.float64()),
        ("training_rows", pa.int64()),
        ("label_window_days", pa.int64()),
        ("prediction_model_version", pa.string()),
        ("scored_as_of_at", pa.timestamp("us")),
    ]
)


def fit(x_train, y_train, cfg):
    """The fitted state of one binary label: {method, auc, classifier or base rate}."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import train_test_split

    n = len(y_train)
    if n == 0:
        return {"method": "none", "auc": None, "base_rate": None, "classifier": None}
    positives = int(y_train.sum())
    # the stratified holdout needs at least two rows of each class
    min_class_rows = max(cfg["min_class_rows"], 2)
    if n < cfg["min_training_rows"] or min(positives, n - positives) < min_class_rows:
        return {"method": "base_rate", "auc": None, "base_rate": positives / n,
                "classifier": None}

    def classifier():
        return HistGradientBoostingClassifier(**TREE_PARAMS, random_state=cfg["random_state"])

    x_fit, x_hold, y_fit, y_hold = train_test_split(
        x_train, y_train, test_size=cfg["holdout_share"], stratify=y_train,
        random_state=cfg["random_state"],
    )
    holdout = classifier().fit(x_fit, y_fit).predict_proba(x_hold)[:, 1]
    auc = float(roc_auc_score(y_hold, holdout)) if len(set(y_hold)) == 2 else None
    return {"method": "hist_gradient_boosting", "auc": auc, "base_rate": None,
            "classifier": classifier().fit(x_train, y_train)}


def apply(fitted, x_score):
    """Probabilities for the rows of x_score from one label's fitted state."""
    if fitted["classifier"] is not None:
        return fitted["classifier"].predict_proba(x_score)[:, 1]
    if fitted["base_rate"] is None:
        return np.full(len(x_score), np.nan)
    return np.full(len(x_score), fitted["base_rate"])


def predicted_clv(churn, purchase, net_spend, kept_orders, label_window_days,
                  population_order_amount, cfg):
    """Expected net spend over the horizon (see the module docstring)."""
    purchase_raw = purchase
    churn = np.clip(np.nan_to_num(churn, nan=0.0), 0.0, 0.999)
    purchase = np.clip(np.nan_to_num(purchase, nan=0.0), 0.0, 0.999)
    orders_per_30d = -np.log1p(-purchase)
    log_retention = np.log1p(-churn) * 30.0 / label_window_days
    months = cfg["clv_horizon_days"] / 30.0
    # integral of retention**t over [0, months]; `months` itself when nobody ever churns
    with np.errstate(divide="ignore", invalid="ignore"):
        months_retained = np.where(
            log_retention < 0, -np.expm1(log_retention * months) / -log_retention, months
        )
    expected_orders = orders_per_30d * months_retained
    k = cfg["clv_prior_orders"]
    order_amount = (net_spend + k * population_order_amount) / (kept_orders + k)
    clv = np.round(expected_orders * order_amount, 2)
    # no propensity (no training rows): no CLV either
    return np.where(np.isnan(purchase_raw), np.nan, clv)


def train(features, cfg=None, scoring=None):
    """The fitted state that scoring needs, from a pandas frame of int_person_features_at_cutoffs
    (only its `training` rows are read): per label the classifier (or the base rate), method
    and holdout AUC, plus the population figures the CLV and currency fallbacks use, from the
    `scoring` rows (of `scoring` when given: a frame of those rows that needs only the columns
    kept_orders, net_spend_amount and currency). Pickled into `<model>__trained` at full
    builds, so micro-batches score with the same model."""
    cfg = {**DEFAULTS, **(cfg or {})}
    # the warehouse returns rows in any order: sort them so that fits are reproducible
    training = features[features["cutoff_name"] == "training"].sort_values(
        ["person_id"], kind="stable")
    if len(training) > cfg["max_training_rows"]:
        keep = np.random.default_rng(cfg["random_state"]).choice(
            len(training), cfg["max_training_rows"], replace=False
        )
        training = training.iloc[np.sort(keep)]
    feature_columns = [c for c in features.columns if c not in NOT_FEATURES]
    x_train = training[feature_columns].astype("float64").to_numpy()
    label_window_days = None
    if len(training):
        window = training["label_end_at"].iloc[0] - training["cutoff_at"].iloc[0]
        label_window_days = int(round(window.total_seconds() / 86400))
    if scoring is None:
        scoring = features[features["cutoff_name"] == "scoring"]
    kept_orders = scoring["kept_orders"].astype("float64").sum()
    currencies = scoring["currency"].dropna()
    state = {
        "cfg": cfg,
        "feature_columns": feature_columns,
        "label_window_days": label_window_days,
        "training_rows": len(training),
        "population_order_amount": (
            scoring["net_spend_amount"].astype("float64").sum() / kept_orders
            if kept_orders else 0.0),
        "default_currency": currencies.mode().iloc[0] if len(currencies) else None,
        "model_version": model_version(),
        "labels": {},
    }
    for label, _, _ in TARGETS:
        y_train = training[label].astype("int64").to_numpy()
        state["labels"][label] = fit(x_train, y_train, cfg)
    return state


def score(state, features):
    """Output table (OUTPUT_SCHEMA) for the `scoring` rows of `features`, with a trained state."""
    cfg = state["cfg"]
    scoring = features[features["cutoff_name"] == "scoring"].sort_values(
        ["person_id"], kind="stable").reset_index(drop=True)
    if scoring.empty:
        return OUTPUT_SCHEMA.empty_table()
    x_score = scoring[state["feature_columns"]].astype("float64").to_numpy()
    label_window_days = state["label_window_days"]
    columns = {"person_id": scoring["person_id"].to_numpy(dtype=object)}
    for label, column, prefix in TARGETS:
        fitted = state["labels"][label]
        columns[column] = np.round(apply(fitted, x_score), 6)
        columns[f"{prefix}_method"] = [fitted["method"]] * len(scoring)
        auc = fitted["auc"]
        columns[f"{prefix}_holdout_auc"] = [None if auc is None else round(auc, 6)] * len(scoring)

    if label_window_days:
        columns["predicted_clv_amount"] = predicted_clv(
            columns["churn_probability"], columns["purchase_propensity_30d"],
            scoring["net_spend_amount"].astype("float64").to_numpy(),
            scoring["kept_orders"].astype("float64").to_numpy(), label_window_days,
            state["population_order_amount"], cfg,
        )
    else:
        columns["predicted_clv_amount"] = np.full(len(scoring), np.nan)
    # persons without orders get the currency most orders are in
    columns["currency"] = (
        scoring["currency"].fillna(state["default_currency"])
        if state["default_currency"] is not None else scoring["currency"]
    ).to_numpy(dtype=object)
    columns["training_rows"] = [state["training_rows"]] * len(scoring)
    columns["label_window_days"] = [label_window_days] * len(scoring)
    columns["prediction_model_version"] = [state["model_version"]] * len(scoring)
    columns["scored_as_of_at"] = scoring["cutoff_at"].to_numpy()

    arrays = []
    for field in OUTPUT_SCHEMA:
        values = pa.array(columns[field.name], from_pandas=True)
        # float -> decimal(18, 2): the amounts are already rounded to cents
        arrays.append(values.cast(field.type))
    return pa.Table.from_arrays(arrays, schema=OUTPUT_SCHEMA)


def predict(features, cfg=None):
    """Train on the `training` rows and score the `scoring` rows of one features frame."""
    return score(train(features, cfg), features)


def model_version():
    import sklearn

    return f"{MODEL_VERSION} (scikit-learn {sklearn.__version__})"


def table_exists(session, schema, name):
    return session.execute(
        "select count(*) from information_schema.tables where table_schema = ? "
        "and table_name = ?", [schema, name]).fetchall()[0][0] > 0


def model(dbt, session):
    """Full build: train on every person's training rows, keep the trained state in
    `<model>__trained` and score every person. Micro-batch (person-scoped incremental, see
    macros/profile/person_scope.sql): score only the persons in scope with the kept state, so a
    person's prediction changes only with their own features. With
    `portrait__retrain_predictions` false a full build scores with the kept state too (a pinned
    model)."""
    import pickle

    # A Python model cannot call var(): the YAML renders the variables into config.meta, and
    # meta_get needs literal keys for dbt to pass the values in.
    meta = {
        "random_state": dbt.config.meta_get("prediction_random_state"),
        "holdout_share": dbt.config.meta_get("prediction_holdout_share"),
        "min_training_rows": dbt.config.meta_get("prediction_min_training_rows"),
        "min_class_rows": dbt.config.meta_get("prediction_min_class_rows"),
        "max_training_rows": dbt.config.meta_get("prediction_max_training_rows"),
        "clv_horizon_days": dbt.config.meta_get("prediction_clv_horizon_days"),
        "clv_prior_orders": dbt.config.meta_get("prediction_clv_prior_orders"),
    }
    cfg = {key: type(DEFAULTS[key])(value) for key, value in meta.items() if value is not None}
    retrain = str(dbt.config.meta_get("prediction_retrain")).lower() not in {"false", "0", "no"}
    schema, name = dbt.this.schema, dbt.this.identifier
    trained_table = f"{schema}.{name}__trained"
    has_trained = table_exists(session, schema, f"{name}__trained")
    # the pre-hook (person_scope_start) writes the scope table only for a person-scoped build
    scoped = dbt.is_incremental and table_exists(session, schema, f"{name}__person_scope")
    features = dbt.ref("int_person_features_at_cutoffs")
    dbt.ref("int_affected_persons")  # the person scope the pre-hook reads

    if scoped or (has_trained and not retrain):
        if not has_trained:
            raise RuntimeError(
                f"{trained_table} is missing, so the persons in scope cannot be scored with the "
                "model the others were scored with: run `portrait build --full-refresh`")
        state = pickle.loads(session.execute(f"select state from {trained_table}").fetchall()[0][0])
        scoring = features.filter("cutoff_name = 'scoring'")
        if scoped:
            scoring = scoring.filter(
                f"person_id in (select person_id from {schema}.{name}__person_scope)")
        return score_in_slices(state, scoring)

    # Only the rows each step needs are read into pandas, and persons are scored a slice at a
    # time: at a million persons one frame of every row made this model the full build's
    # memory peak (9.03 GiB; 7.30 GiB in slices, see bench/RESULTS.md).
    state = train(features.filter("cutoff_name = 'training'").df(), cfg,
                  scoring=features.filter("cutoff_name = 'scoring'")
                  .project("kept_orders, net_spend_amount, currency").df())
    session.execute(f"create or replace table {trained_table} (trained_at timestamp, state blob)")
    session.execute(f"insert into {trained_table} values (now()::timestamp, ?)",
                    [pickle.dumps(state)])
    return score_in_slices(state, features.filter("cutoff_name = 'scoring'"))


SLICE_ROWS = 200_000


def score_in_slices(state, scoring):
    """score() of the rows of the relation `scoring`, read and scored in slices of about
    SLICE_ROWS persons (by a hash of person_id), as one Arrow table. Scoring is row by row with
    the trained state, so the slices give the rows one call would."""
    rows = scoring.aggregate("count(*)").fetchall()[0][0]
    slices = max(1, -(-rows // SLICE_ROWS))
    return pa.concat_tables([
        score(state, scoring.filter(f"hash(person_id) % {slices} = {part}").df())
        for part in range(slices)
    ])
