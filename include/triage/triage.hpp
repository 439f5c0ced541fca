#ifndef TRIAGE_TRIAGE_HPP
#define TRIAGE_TRIAGE_HPP

// The umbrella header: everything a user of triage needs.

#include "triage/bandwidth/classify.hpp"
#include "triage/bandwidth/message_callback.hpp"
#include "triage/bandwidth/parse.hpp"
#include "triage/bandwidth/tables.hpp"
#include "triage/bird/classify.hpp"
#include "triage/bird/message.hpp"
#include "triage/bird/parse.hpp"
#include "triage/bird/sms_reason.hpp"
#include "triage/bird/tables.hpp"
#include "triage/callback.hpp"
#include "triage/classify.hpp"
#include "triage/detect.hpp"
#include "triage/error.hpp"
#include "triage/fmt.hpp"
#include "triage/parser.hpp"
#include "triage/result.hpp"
#include "triage/span.hpp"
#include "triage/taxonomy.hpp"
#include "triage/timestamp.hpp"
#include "triage/tracker.hpp"
#include "triage/tracker/observation.hpp"
#include "triage/tracker/state.hpp"
#include "triage/version.hpp"
#include "triage/vibes/classify.hpp"
#include "triage/vibes/event_processed.hpp"
#include "triage/vibes/parse.hpp"
#include "triage/vibes/tables.hpp"

#endif  // TRIAGE_TRIAGE_HPP
