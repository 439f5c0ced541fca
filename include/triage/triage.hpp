#ifndef TRIAGE_TRIAGE_HPP
#define TRIAGE_TRIAGE_HPP

// The umbrella header: everything a user of triage needs. Every provider's folder comes in through the
// list of providers (providers.hpp).

#include "triage/callback.hpp"
#include "triage/callback_fields.hpp"
#include "triage/classify.hpp"
#include "triage/detect.hpp"
#include "triage/error.hpp"
#include "triage/fmt.hpp"
#include "triage/ndjson.hpp"
#include "triage/parser.hpp"
#include "triage/providers.hpp"
#include "triage/result.hpp"
#include "triage/span.hpp"
#include "triage/taxonomy.hpp"
#include "triage/timestamp.hpp"
#include "triage/tracker.hpp"
#include "triage/tracker/observation.hpp"
#include "triage/tracker/state.hpp"
#include "triage/version.hpp"

#endif  // TRIAGE_TRIAGE_HPP
