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

import math

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
    fitted = classifier().fit(x_train, y_train)
    return {"method": "hist_gradient_boosting", "auc": auc, "base_rate": None,
            "classifier": fitted, "trees": tree_arrays(fitted)}


def apply(fitted, x_score):
    """Probabilities for the rows of x_score from one label's fitted state: the classifier when
    it is in memory (the full build that trained it), else its trees (tree_arrays)."""
    if fitted.get("classifier") is not None:
        return fitted["classifier"].predict_proba(x_score)[:, 1]
    if fitted.get("trees") is not None:
        return predict_trees(fitted["trees"], x_score)
    if fitted["base_rate"] is None:
        return np.full(len(x_score), np.nan)
    return np.full(len(x_score), fitted["base_rate"])


TREE_FIELDS = ("value", "feature_idx", "num_threshold", "missing_go_to_left", "left", "right",
               "is_leaf")


def tree_arrays(classifier):
    """A fitted binary HistGradientBoostingClassifier as plain numpy arrays: its baseline and,
    per boosting iteration, the fields of its tree's nodes that prediction reads. Scoring from
    these (predict_trees) needs numpy alone: unpickling the classifier imports scikit-learn,
    about 1.5 s of every micro-batch, on the Python lock that dbt's threads share."""
    if classifier.n_trees_per_iteration_ != 1:
        raise ValueError("tree_arrays reads binary classifiers (one tree per iteration)")
    trees = []
    for (predictor,) in classifier._predictors:
        nodes = predictor.nodes
        if nodes["is_categorical"].any():
            raise ValueError("tree_arrays reads numeric splits only")
        trees.append({name: np.ascontiguousarray(nodes[name]) for name in TREE_FIELDS})
    return {"baseline": float(classifier._baseline_prediction[0, 0]), "trees": trees}


def predict_trees(model, x):
    """predict_proba(x)[:, 1] of the classifier that tree_arrays read, to the last bit: each row
    goes down each tree as scikit-learn's predictor does (a missing value goes the way the split
    learnt; else left when value <= threshold), the leaf values are added to the baseline in
    the same order, and the logistic is 1 / (1 + exp(-raw)) with the C library's exp, as SciPy's
    expit computes it (numpy's own exp differs in the last bit for about 2% of values).
    tests/test_predictions.py checks it against scikit-learn."""
    x = np.asarray(x, dtype="float64")
    rows = np.arange(len(x))
    raw = np.zeros(len(x)) + model["baseline"]
    for tree in model["trees"]:
        node = np.zeros(len(x), dtype=np.intp)
        is_leaf = tree["is_leaf"].astype(bool)
        missing_left = tree["missing_go_to_left"].astype(bool)
        for _ in range(len(is_leaf)):
            at_leaf = is_leaf[node]
            if at_leaf.all():
                break
            value = x[rows, tree["feature_idx"][node]]
            go_left = np.where(np.isnan(value), missing_left[node],
                               value <= tree["num_threshold"][node])
            node = np.where(at_leaf, node,
                            np.where(go_left, tree["left"][node], tree["right"][node]))
        raw += tree["value"][node]
    return np.array([1.0 / (1.0 + math.exp(-value)) for value in raw.tolist()], dtype="float64")


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


def _floats(values):
    """A float64 array of a column: nulls are NaN (DuckDB's fetchnumpy gives masked arrays, a
    pandas frame None or NaN)."""
    if isinstance(values, np.ma.MaskedArray):
        return values.astype("float64").filled(np.nan)
    if hasattr(values, "astype") and hasattr(values, "to_numpy"):  # a pandas column
        return values.astype("float64").to_numpy()
    return np.asarray(values, dtype="float64")


def _objects(values):
    """An object array of a column, nulls (masked, None or NaN) as None."""
    if isinstance(values, np.ma.MaskedArray):
        out = np.array(values.data, dtype=object)
        out[np.ma.getmaskarray(values)] = None
        return out
    out = np.array(values.to_numpy(dtype=object) if hasattr(values, "to_numpy") else values,
                   dtype=object)
    out[[value is None or (isinstance(value, float) and value != value) for value in out]] = None
    return out


def score_columns(state, features):
    """The output columns (OUTPUT_SCHEMA's names, as numpy arrays, one row per person sorted by
    person_id) for the `scoring` rows of `features`, with a trained state. `features` maps
    column names to columns: a pandas frame, or DuckDB's fetchnumpy() of a relation, which
    needs neither pandas nor scikit-learn (a micro-batch imports neither)."""
    cfg = state["cfg"]
    scoring = _objects(features["cutoff_name"]) == "scoring"
    person_id = _objects(features["person_id"])[scoring]
    order = np.argsort(person_id, kind="stable")
    n = len(order)

    def rows(name, kind=_floats):
        return kind(features[name])[scoring][order]

    x_score = (np.column_stack([rows(name) for name in state["feature_columns"]])
               if n else np.empty((0, len(state["feature_columns"]))))
    label_window_days = state["label_window_days"]
    columns = {"person_id": person_id[order]}
    for label, column, prefix in TARGETS:
        fitted = state["labels"][label]
        columns[column] = np.round(apply(fitted, x_score), 6)
        columns[f"{prefix}_method"] = np.array([fitted["method"]] * n, dtype=object)
        auc = fitted["auc"]
        columns[f"{prefix}_holdout_auc"] = np.full(n, np.nan if auc is None else round(auc, 6))
    if label_window_days:
        columns["predicted_clv_amount"] = predicted_clv(
            columns["churn_probability"], columns["purchase_propensity_30d"],
            rows("net_spend_amount"), rows("kept_orders"), label_window_days,
            state["population_order_amount"], cfg,
        )
    else:
        columns["predicted_clv_amount"] = np.full(n, np.nan)
    # persons without orders get the currency most orders are in
    currency = rows("currency", _objects)
    if state["default_currency"] is not None:
        currency[[value is None for value in currency]] = state["default_currency"]
    columns["currency"] = currency
    columns["training_rows"] = np.full(n, state["training_rows"], dtype="int64")
    columns["label_window_days"] = np.array([label_window_days] * n, dtype=object)
    columns["prediction_model_version"] = np.array([state["model_version"]] * n, dtype=object)
    scored_at = features["cutoff_at"]
    columns["scored_as_of_at"] = np.asarray(
        scored_at.to_numpy() if hasattr(scored_at, "to_numpy") else scored_at)[scoring][order]
    return {field.name: columns[field.name] for field in OUTPUT_SCHEMA}


def score(state, features):
    """Output table (OUTPUT_SCHEMA, Arrow) for the `scoring` rows of `features` (a pandas frame
    or a mapping of columns), with a trained state."""
    columns = score_columns(state, features)
    arrays = []
    for field in OUTPUT_SCHEMA:
        values = pa.array(columns[field.name], from_pandas=True)
        # float -> decimal(18, 2): the amounts are already rounded to cents
        arrays.append(values.cast(field.type))
    return pa.Table.from_arrays(arrays, schema=OUTPUT_SCHEMA)


def kept_state(state):
    """The trained state as `<model>__trained` keeps it: each label's trees as numpy arrays, not
    its scikit-learn classifier, so a micro-batch that loads it imports numpy alone."""
    return {**state, "labels": {
        label: {key: value for key, value in fitted.items() if key != "classifier"}
        for label, fitted in state["labels"].items()}}


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
        if any(fitted.get("classifier") is not None for fitted in state["labels"].values()):
            # kept by an earlier version, with the classifiers: keep their trees instead, once
            for fitted in state["labels"].values():
                if fitted.get("classifier") is not None and fitted.get("trees") is None:
                    fitted["trees"] = tree_arrays(fitted["classifier"])
            state = kept_state(state)
            session.execute(f"update {trained_table} set state = ?", [pickle.dumps(state)])
        scoring = features.filter("cutoff_name = 'scoring'")
        if not scoped:
            return score_in_slices(state, scoring, session)
        scope = f"{schema}.{name}__person_scope"
        return score_in_slices(
            state, scoring.filter(f"person_id in (select person_id from {scope})"), session,
            rows=session.execute(f"select count(*) from {scope}").fetchall()[0][0])

    # Only the rows each step needs are read into pandas, and persons are scored a slice at a
    # time: at a million persons one frame of every row made this model the full build's
    # memory peak (9.03 GiB; 7.30 GiB in slices, see bench/RESULTS.md).
    state = train(features.filter("cutoff_name = 'training'").df(), cfg,
                  scoring=features.filter("cutoff_name = 'scoring'")
                  .project("kept_orders, net_spend_amount, currency").df())
    session.execute(f"create or replace table {trained_table} (trained_at timestamp, state blob)")
    session.execute(f"insert into {trained_table} values (now()::timestamp, ?)",
                    [pickle.dumps(kept_state(state))])
    return score_in_slices(state, features.filter("cutoff_name = 'scoring'"), session)


SLICE_ROWS = 200_000

# OUTPUT_SCHEMA in DuckDB's types, for the relation the model returns
SQL_TYPES = {"string": "varchar", "double": "double", "decimal128(18, 2)": "decimal(18, 2)",
             "int64": "bigint", "timestamp[us]": "timestamp"}


def score_in_slices(state, scoring, session, rows=None):
    """The output rows (a DuckDB relation on `session`, OUTPUT_SCHEMA's columns and types) of the
    rows of the relation `scoring`, read and scored in slices of about SLICE_ROWS persons (by a
    hash of person_id; `rows` is the number of rows, or a bound on it, when the caller knows
    it). Scoring is row by row with the trained state, so the slices give the
    rows one call would. The columns go back to DuckDB as numpy arrays: building Arrow arrays
    would import pandas (pyarrow looks for it), 0.5 s of a micro-batch."""
    if rows is None:
        rows = scoring.aggregate("count(*)").fetchall()[0][0]
    slices = max(1, -(-rows // SLICE_ROWS))
    parts = [score_columns(state, (scoring if slices == 1 else scoring.filter(
        f"hash(person_id) % {slices} = {part}")).fetchnumpy()) for part in range(slices)]
    columns = {name: np.concatenate([part[name] for part in parts]) for name in parts[0]}
    view = "int_person_predictions__scored"
    session.register(view, columns)
    session.execute(f"create or replace temp table {view}_rows as select " + ", ".join(
        f"cast({field.name} as {SQL_TYPES[str(field.type)]}) as {field.name}"
        for field in OUTPUT_SCHEMA) + f" from {view}")
    session.unregister(view)  # the arrays are not kept for the rest of the build
    return session.table(f"{view}_rows")
