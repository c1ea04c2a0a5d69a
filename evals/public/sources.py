"""The public datasets behind evals/public: snapshot (repository + commit), file, licence and how each is read.

Only train (or validation) splits are read. Test splits that sit in the same snapshots are never opened.
"""

RESTAURANT_4 = {"food": "food", "service": "service", "price": "price", "ambience": "ambience"}

# CLINC150 intents whose job-state event (docs/job-states.md) is unambiguous; every other intent has none.
_INFO = """routing bill_due interest_rate min_payment bill_balance balance spending_history transactions
replacement_card_duration expiration_date apr credit_limit rewards_balance application_status credit_score
international_fees improve_credit_score plug_type flight_status international_visa exchange_rate travel_alert
vaccines carry_on timezone confirm_reservation accept_reservations how_busy order_status"""
_SERVICE = """freeze_account pin_change pay_bill transfer order_checks credit_limit_change redeem_rewards new_card
book_flight book_hotel car_rental travel_notification restaurant_reservation"""
_BLOCKER = "account_blocked card_declined damaged_card report_lost_card lost_luggage report_fraud"
JOB_STATES = {**{i: "information" for i in _INFO.split()}, **{i: "service" for i in _SERVICE.split()},
              **{i: "blocker" for i in _BLOCKER.split()}, "cancel_reservation": "cancel"}

SOURCES = {
    "semeval14-restaurants": {
        "kind": "restaurant",
        "reader": "semeval14", "repo": "TechBison/ABSA_LSTM-CRF",
        "commit": "357b94b72188e215c05368819271ca3d116609fb", "path": "Restaurants_Train_v2.xml",
        "licence": "SemEval-2014 Task 4 data, research use (task licence); repo has no licence",
        "split": "train (v2)", "catalog": "../catalogs/restaurant-4.yaml", "touchpoint_map": RESTAURANT_4,
        "csv_fields": ["id", "text"],
    },
    "semeval14-laptops": {
        "reader": "semeval14", "repo": "TechBison/ABSA_LSTM-CRF",
        "commit": "357b94b72188e215c05368819271ca3d116609fb", "path": "Laptop_Train_v2.xml",
        "licence": "SemEval-2014 Task 4 data, research use (task licence); repo has no licence",
        "split": "train (v2)", "csv_fields": ["id", "text"],
    },
    "mams-acsa": {
        "kind": "restaurant",
        "reader": "mams", "repo": "siat-nlp/MAMS-for-ABSA",
        "commit": "cddcdb0f423b3fdb2c76b70744737abed3a00d17", "path": "data/MAMS-ACSA/raw/train.xml",
        "licence": "Apache-2.0 (repository)", "split": "train", "catalog": "../catalogs/restaurant-4.yaml",
        # MAMS categories onto the terse 4-touchpoint catalog; place and miscellaneous are no touchpoint.
        "touchpoint_map": {"food": "food", "menu": "food", "service": "service", "staff": "service",
                           "price": "price", "ambience": "ambience"},
        "csv_fields": ["id", "text"],
    },
    "tweeteval-sentiment": {
        "kind": "none",
        "reader": "tweeteval", "repo": "cardiffnlp/tweeteval",
        "commit": "4fbd22cd78421f05b1ecdb4fc5725bc7a7bd8f66", "path": "datasets/sentiment/val",
        "licence": "TweetEval: no restriction of its own; SemEval-2017 Task 4 terms and Twitter's apply",
        "split": "validation (drawn from SemEval-2017 train; train_text.txt is over the 4 MiB snapshot limit)",
        "csv_fields": ["id", "text"],
    },
    "yelp-reviews": {
        "kind": "restaurant",
        "reader": "yelp", "repo": "SoumyaSreedhar/Sentimental-Analysis",
        "commit": "77a3739b7e7ef2ae5cc5b921957eb6e47f5e3257", "path": "yelp.csv",
        "licence": "Yelp Dataset Challenge terms (academic use); repo has no licence",
        "split": "a sample of the Kaggle yelp.csv (Dataset Challenge reviews)",
        "csv_fields": ["id", "date", "rating", "text"],
    },
    "booking-hotel": {
        "kind": "hospitality",
        "reader": "booking", "repo": "EugeniaBD/Hotel-Reviews",
        "commit": "9b50ed857651a1f49f19d210020ed1a7cc76b5ef", "path": "hotel_reviews.csv",
        "licence": "Kaggle '515K Hotel Reviews Data in Europe' (Booking.com; CC0); repo has no licence",
        "split": "excerpt of the Kaggle set (no splits)",
        "csv_fields": ["id", "date", "rating", "hotel", "text"],
    },
    "clinc150": {
        "kind": "financial-services",
        "reader": "clinc", "repo": "clinc/oos-eval",
        "commit": "828f8093932c8fe6ca7936c3d2e52903b1c523de", "path": "data/data_full.json",
        "domains_path": "data/domains.json", "licence": "CC BY 3.0", "split": "train + val (no test)",
        "job_states": JOB_STATES, "csv_fields": ["id", "text"],
        # The support inbox for `cx analyze`: a bank's requests (banking and credit-card intents, train split).
        "csv_filter": lambda r: r["split"] == "train" and r["intent_domain"] in ("banking", "credit_cards"),
    },
    "semeval19-suggestions": {
        "kind": "saas",
        "reader": "suggestions", "repo": "Semeval2019Task9/Subtask-A",
        "commit": "3cd21f039e94455c53f882a54d689745271e6fae", "path": "V1.4_Training.csv",
        "licence": "CC BY-NC-SA 4.0 (repository README)",
        "split": "train (V1.4)", "csv_fields": ["id", "text"],
    },
    # Brand-directed tweets (a proxy for a brand's social inbox; neither hidden social set): 3-class sentiment.
    "apple-tweets": {
        "reader": "apple", "repo": "bhcooper89/DAV-6150",
        "commit": "cdea0d6d22261750e31235b08b39f47e7092892d", "path": "Apple-Twitter-Sentiment-DFE.csv",
        "licence": "CrowdFlower 'Apple Twitter Sentiment' (Data for Everyone library; its data.world licence not checked here); repo has no licence",
        "split": "the whole set (no splits; tweets with #AAPL or @Apple, Dec 2014; 'not relevant' left out)",
        "csv_fields": ["id", "text"],
    },
    "sxsw-brands": {
        "reader": "sxsw", "repo": "AlvinKN/Phase4Project",
        "commit": "31cdce0ed1b69b98e1b7f1f476b2c4bf9085627f", "path": "judge-1377884607_tweet_product_company.csv",
        "licence": "CrowdFlower 'Brands and Product Emotions' (Data for Everyone library; its data.world licence not checked here); repo has no licence",
        "split": "the whole set (no splits; tweets about Apple and Google products at SXSW 2011; 'I can't tell' left out)",
        "csv_fields": ["id", "text"],
    },
    # Non-English sets for language detection (docs/languages.md): tweets with 3-class sentiment, train splits only.
    "tweets-de": {
        "reader": "multilingual", "repo": "tyqiangz/multilingual-sentiment-datasets", "language": "de",
        "commit": "0f4d140251eda600db2be6ecd8f92dce454be2b7", "path": "data/german/train.csv",
        "licence": "SB-10k (German tweets, research use); repo has no licence", "split": "train",
        "csv_fields": ["id", "text"],
    },
    "tweets-fr": {
        "reader": "multilingual", "repo": "tyqiangz/multilingual-sentiment-datasets", "language": "fr",
        "commit": "0f4d140251eda600db2be6ecd8f92dce454be2b7", "path": "data/french/train.csv",
        "licence": "DEFT 2017 (French tweets, research use); repo has no licence", "split": "train",
        "csv_fields": ["id", "text"],
    },
    "tweets-es": {
        "reader": "multilingual", "repo": "tyqiangz/multilingual-sentiment-datasets", "language": "es",
        "commit": "0f4d140251eda600db2be6ecd8f92dce454be2b7", "path": "data/spanish/train.csv",
        "licence": "InterTASS 2017 (Spanish tweets, research use); repo has no licence", "split": "train",
        "csv_fields": ["id", "text"],
    },
    # Whole businesses of other industries (issue 16: preset choice and discovery), for `cx analyze` only: no labels
    # beyond the rating. "kind" is the preset a CX lead would choose for the business (report_check.py prints it).
    "ba-airline": {
        "reader": "ba", "repo": "Bwhiz/British-Airways-Review-Analysis", "kind": "travel",
        "commit": "089d78b49026a85719c2fa7b3e9f9d64299b9de4", "path": "data/BA_reviews.csv",
        "licence": "Skytrax (airlinequality.com) reviews of one airline, scraped; repo has no licence",
        "split": "all (no splits)", "csv_fields": ["id", "date", "text"],
    },
    "alexa-echo": {
        "reader": "alexa", "repo": "Anant-Bahal/Amazon-alexa-review-sentiment-analysis", "kind": "ecommerce",
        "commit": "5d91268ab003475cd638d5fc6e157a496c22a023", "path": "amazon_alexa.tsv",
        "licence": "Kaggle 'Amazon Alexa Reviews' (Amazon product reviews of one device family); repo has no licence",
        "split": "all (no splits)", "csv_fields": ["id", "date", "rating", "variation", "text"],
    },
    "chatgpt-app": {
        "reader": "playstore", "repo": "wyrsyyds/google-play-review-analysis", "kind": "saas",
        "commit": "4f5ceec472469651524deb151b5963efdd8f0a39",
        "path": "google_play_reviews_project/google_play_reviews/data/raw/reviews_raw_20260130_140242_419ab981.csv",
        "licence": "Google Play reviews of one app (an AI assistant), scraped; repo has no licence; user names dropped",
        "split": "all (no splits)", "csv_fields": ["id", "date", "rating", "text"],
    },
    "bank-app": {
        "reader": "bankapp", "repo": "Yosi2020/Eth-Bank-Apps-Sentiment-Analysis", "kind": "financial-services",
        "commit": "5f33f2ba021dbcef82c5b8a8fb58c77a9f493c28", "path": "data/reviews_raw.csv", "bank": "CBE",
        "licence": "Google Play reviews of one bank's mobile app, scraped; repo has no licence",
        "split": "one bank's 400 reviews (the file holds three banks)", "csv_fields": ["id", "date", "rating", "text"],
    },
}
