#ifndef TRIAGE_VERIFY_OPENSSL_HPP
#define TRIAGE_VERIFY_OPENSSL_HPP

// The only header that calls OpenSSL: digests, HMAC (streamed, for schemes that sign several parts), the
// constant-time comparison and Ed25519 signature checks. Every function reports failure as a value; none throws.

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <cstddef>
#include <memory>
#include <string_view>

namespace triage::verify_detail {

/// sha1 only for a scheme that a provider still signs with it (Twilio's X-Twilio-Signature, HMAC-SHA1).
enum class digest : unsigned char { sha256, sha384, sha512, sha1 };

constexpr std::size_t digest_size(digest d) noexcept {
  return d == digest::sha256 ? 32 : d == digest::sha384 ? 48 : d == digest::sha1 ? 20 : 64;
}
constexpr const char* digest_name(digest d) noexcept {
  return d == digest::sha256 ? "SHA256" : d == digest::sha384 ? "SHA384" : d == digest::sha1 ? "SHA1" : "SHA512";
}
/// The largest digest_size().
inline constexpr std::size_t max_digest_size = 64;

/// SHA-256 of `data` into out[0, 32).
inline bool sha256(std::string_view data, unsigned char* out) noexcept {
  unsigned int size = 0;
  return EVP_Digest(data.data(), data.size(), out, &size, EVP_sha256(), nullptr) == 1 && size == 32;
}

/// Whether a and b hold the same bytes; the time taken depends on their length only, never on where they
/// differ (the length of a MAC is public).
inline bool constant_time_equal(const unsigned char* a, std::size_t a_size, const unsigned char* b,
                                std::size_t b_size) noexcept {
  return a_size == b_size && CRYPTO_memcmp(a, b, a_size) == 0;
}
inline bool constant_time_equal(std::string_view a, std::string_view b) noexcept {
  return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

/// An HMAC computed over parts given one by one. Any OpenSSL failure makes finish() return false.
class hmac {
 public:
  hmac(digest d, std::string_view key) noexcept : digest_(d) {
    const std::unique_ptr<EVP_MAC, mac_free> mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    if (!mac) return;
    ctx_.reset(EVP_MAC_CTX_new(mac.get()));
    if (!ctx_) return;
    // OSSL_PARAM takes a non-const pointer for what it only reads.
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string("digest", const_cast<char*>(digest_name(d)), 0),
        OSSL_PARAM_construct_end(),
    };
    const auto* k = reinterpret_cast<const unsigned char*>(key.data());
    ok_ = EVP_MAC_init(ctx_.get(), k, key.size(), params) == 1;
  }

  void update(std::string_view part) noexcept {
    if (ok_ && !part.empty()) {
      ok_ = EVP_MAC_update(ctx_.get(), reinterpret_cast<const unsigned char*>(part.data()), part.size()) == 1;
    }
  }
  void update(const unsigned char* part, std::size_t size) noexcept {
    update(std::string_view(reinterpret_cast<const char*>(part), size));
  }

  /// Writes the MAC (digest_size() bytes) to out.
  bool finish(unsigned char* out) noexcept {
    std::size_t size = 0;
    if (!ok_ || EVP_MAC_final(ctx_.get(), out, &size, max_digest_size) != 1) return false;
    ok_ = false;
    return size == digest_size(digest_);
  }

 private:
  struct mac_free {
    void operator()(EVP_MAC* p) const noexcept { EVP_MAC_free(p); }
  };
  struct ctx_free {
    void operator()(EVP_MAC_CTX* p) const noexcept { EVP_MAC_CTX_free(p); }
  };
  digest digest_;
  std::unique_ptr<EVP_MAC_CTX, ctx_free> ctx_;
  bool ok_ = false;
};

/// Whether `signature` (64 bytes) is the Ed25519 signature (RFC 8032, pure) of `message` under the raw 32-byte
/// public key `key`. False for a key OpenSSL rejects, a wrong size and any OpenSSL failure; `failed` tells
/// an OpenSSL failure (out of memory) from a signature that does not verify.
inline bool ed25519_verify(const unsigned char* key, std::size_t key_size, std::string_view message,
                           const unsigned char* signature, std::size_t signature_size, bool& failed) noexcept {
  failed = false;
  if (key_size != 32 || signature_size != 64) return false;
  struct pkey_free {
    void operator()(EVP_PKEY* p) const noexcept { EVP_PKEY_free(p); }
  };
  struct md_ctx_free {
    void operator()(EVP_MD_CTX* p) const noexcept { EVP_MD_CTX_free(p); }
  };
  std::unique_ptr<EVP_PKEY, pkey_free> pkey(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, key, key_size));
  if (!pkey) return false;
  std::unique_ptr<EVP_MD_CTX, md_ctx_free> ctx(EVP_MD_CTX_new());
  if (!ctx) {
    failed = true;
    return false;
  }
  // Ed25519 takes no digest (nullptr) and the whole message at once (EVP_DigestVerify, not Update/Final).
  if (EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, pkey.get()) != 1) {
    failed = true;
    return false;
  }
  return EVP_DigestVerify(ctx.get(), signature, signature_size, reinterpret_cast<const unsigned char*>(message.data()),
                          message.size()) == 1;
}

}  // namespace triage::verify_detail

#endif  // TRIAGE_VERIFY_OPENSSL_HPP
