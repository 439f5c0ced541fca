# Generates the JWTs of tests/verify/test_verify_jwt.cpp that MessageBird publishes no vector for, with
# Python's own hmac, hashlib and base64 (a second implementation, independent of OpenSSL and of triage),
# signed with the key of MessageBird's reference vectors. Run: python3 make_jwt_vectors.py
import hmac, hashlib, base64, json
key=b"36efdd1aace2e26cd490f0d951138253bef2f7c6d34d18981da781555cc4cebb"
def b64u(b): return base64.urlsafe_b64encode(b).rstrip(b"=").decode()
def tok(header, claims_text, alg=hashlib.sha256):
    h=b64u(json.dumps(header,separators=(",",":")).encode()); c=b64u(claims_text.encode())
    s=b64u(hmac.new(key,(h+"."+c).encode(),alg).digest())
    return h+"."+c+"."+s
url="https://example.com/"
uh=hashlib.sha256(url.encode()).hexdigest()
base={"iss":"MessageBird","nbf":1625479200,"exp":1625479260,"jti":"59a244dc-e9ad-4e23-9778-371faa238f72","url_hash":uh}
def claims(**kw):
    d=dict(base); 
    for k,v in kw.items():
        if v is None: d.pop(k)
        else: d[k]=v
    return json.dumps(d,separators=(",",":"))
H={"alg":"HS256","typ":"JWT"}
cases={
 "no_nbf": tok(H, claims(nbf=None)),
 "no_exp": tok(H, claims(exp=None)),
 "no_jti": tok(H, claims(jti=None)),
 "wrong_iss": tok(H, claims(iss="MessageBird2")),
 "no_iss": tok(H, claims(iss=None)),
 "fraction_nbf": tok(H, claims(nbf=1625479200.5)),
 "duplicate_iss": tok(H, claims()[:-1]+',"iss":"Attacker"}'),
 "escaped_key": tok(H, claims().replace('"iss"','"\\u0069ss"',1)),
 "rs256": tok({"alg":"RS256","typ":"JWT"}, claims()),
 "crit": tok({"alg":"HS256","typ":"JWT","crit":["exp"]}, claims()),
 "hash_upper": tok(H, claims(url_hash=uh.upper())),
 "body_hash": tok(H, claims(payload_hash=hashlib.sha256(b'{"a":1}').hexdigest())),
}
for k,v in cases.items(): print(f'{k} {v}')
