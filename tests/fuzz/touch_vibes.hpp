#ifndef TRIAGE_FUZZ_TOUCH_VIBES_HPP
#define TRIAGE_FUZZ_TOUCH_VIBES_HPP

// What the fuzz targets read of a vibes callback besides its neutral fields: every view and span, so that a
// wrong one shows up under the sanitizers. tests/fuzz/CMakeLists.txt includes this file for the provider
// of the list whose name it bears; a provider without one does not build.

#include <cstddef>
#include <optional>
#include <string_view>

#include "touch.hpp"

namespace triage_fuzz {

inline std::size_t touch_typed(const triage::vibes::event_processed& vibes) noexcept {
  std::size_t sum = 0;
  if (vibes.event_date) sum += touch(vibes.event_date->raw);
  if (vibes.event) {
    sum += touch(vibes.event->event_data) + touch(vibes.event->debug_data);
    if (const auto* action = vibes.find_action(); action && action->failure) {
      for (const auto& err : action->failure->errors) sum += touch(err.error) + touch(err.resource_url);
    }
  }
  const auto person = [](const std::optional<triage::vibes::person_ref>& p) noexcept {
    return p ? touch(p->id) + touch(p->external_id) + touch(p->person_key) + touch(p->mdn) + touch(p->carrier_code) +
                   touch(p->url)
             : std::size_t{0};
  };
  if (vibes.other == nullptr) return sum;
  const triage::vibes::other_type_objects& other = *vibes.other;
  if (const auto& s = other.subscription) {
    sum += person(s->person) + touch(s->list_id) + touch(s->list_url) + touch(s->opt_out_reason);
    if (s->opt_in_date) sum += touch(s->opt_in_date->raw);
    if (s->opt_out_date) sum += touch(s->opt_out_date->raw);
  }
  if (const auto& p = other.participant) {
    sum += person(p->person) + touch(p->campaign_id) + touch(p->campaign_keyword) + touch(p->campaign_url) +
           touch(p->status) + touch(p->mdn) + touch(p->carrier_id);
    if (p->participation_date) sum += touch(p->participation_date->raw);
    if (p->expire_date) sum += touch(p->expire_date->raw);
  }
  sum += person(other.person);
  if (const auto& d = other.push_device) {
    sum += touch(d->app_id) + touch(d->vibes_device_id) + touch(d->push_token) + touch(d->device_os) + touch(d->url);
  }
  if (const auto& c = other.source_code) {
    sum += touch(c->company_key) + touch(c->code) + touch(c->country_code) + touch(c->code_type) +
           touch(c->default_response) + (c->response_sent.value_or(false) ? 1 : 0);
  }
  sum += touch(other.message) + touch(other.message_id) + touch(other.txn_id) + touch(other.subscription_list) +
         touch(other.wallet_instance) + touch(other.wallet_item) + touch(other.wallet_campaign);
  if (other.receipt_date) sum += touch(other.receipt_date->raw);
  return sum;
}

}  // namespace triage_fuzz

#endif  // TRIAGE_FUZZ_TOUCH_VIBES_HPP
