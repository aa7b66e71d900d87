/* node's certificate object (tls getPeerCertificate()/getCertificate()): subject, issuer,
 * subjectaltname, infoAccess, ca, key details, validity, fingerprints, ext_key_usage, serialNumber,
 * raw. Also the short names of X509 verification errors (node's err.code values). */
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/core_names.h>
#include <openssl/x509v3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tls_common.h"

static JSObjectRef null_proto_object(JSContextRef ctx) {
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  JSObjectSetPrototype(ctx, o, nodec_null());
  return o;
}

static JSValueRef utf8_value(JSContextRef ctx, const ASN1_STRING *s) {
  unsigned char *u = NULL;
  int n = ASN1_STRING_to_UTF8(&u, s);
  if (n < 0) return nodec_string(ctx, "");
  JSValueRef v = nodec_string_n(ctx, (const char *)u, (size_t)n);
  OPENSSL_free(u);
  return v;
}

/* Append v under key; a repeated key turns into an array of values. */
static void add_multi(JSContextRef ctx, JSObjectRef o, const char *key, JSValueRef v) {
  JSValueRef cur = nodec_get(ctx, o, key);
  if (JSValueIsUndefined(ctx, cur)) {
    nodec_set(ctx, o, key, v);
  } else if (JSValueIsArray(ctx, cur)) {
    JSObjectRef a = (JSObjectRef)cur;
    double len = JSValueToNumber(ctx, nodec_get(ctx, a, "length"), NULL);
    JSObjectSetPropertyAtIndex(ctx, a, (unsigned)len, v, NULL);
  } else {
    JSValueRef items[2] = {cur, v};
    nodec_set(ctx, o, key, JSObjectMakeArray(ctx, 2, items, NULL));
  }
}

static JSObjectRef name_object(JSContextRef ctx, const X509_NAME *name) {
  JSObjectRef o = null_proto_object(ctx);
  int n = X509_NAME_entry_count(name);
  for (int i = 0; i < n; i++) {
    const X509_NAME_ENTRY *e = X509_NAME_get_entry(name, i);
    const ASN1_OBJECT *obj = X509_NAME_ENTRY_get_object(e);
    char key[128];
    int nid = OBJ_obj2nid(obj);
    const char *sn = nid != NID_undef ? OBJ_nid2sn(nid) : NULL;
    if (sn) snprintf(key, sizeof key, "%s", sn);
    else OBJ_obj2txt(key, sizeof key, obj, 1);
    add_multi(ctx, o, key, utf8_value(ctx, X509_NAME_ENTRY_get_data(e)));
  }
  return o;
}

static void bio_set(JSContextRef ctx, JSObjectRef o, const char *key, BIO *b) {
  char *data;
  long n = BIO_get_mem_data(b, &data);
  nodec_set(ctx, o, key, nodec_string_n(ctx, data, n > 0 ? (size_t)n : 0));
  (void)BIO_reset(b);
}

/* A name that could be confused with the list's syntax is printed as a JSON string, as node. */
static bool needs_quotes(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == ',' || c == '\'' || c == '"' || c == '\\' || c < 0x20 || c > 0x7e) return true;
  }
  return false;
}

static void print_name_value(BIO *b, const char *prefix, const ASN1_STRING *s) {
  const char *p = (const char *)ASN1_STRING_get0_data(s);
  size_t n = (size_t)ASN1_STRING_length(s);
  BIO_puts(b, prefix);
  if (!needs_quotes(p, n)) {
    BIO_write(b, p, (int)n);
    return;
  }
  BIO_write(b, "\"", 1);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)p[i];
    if (c == '"' || c == '\\') BIO_printf(b, "\\%c", c);
    else if (c == '\n') BIO_puts(b, "\\n");
    else if (c == '\r') BIO_puts(b, "\\r");
    else if (c == '\t') BIO_puts(b, "\\t");
    else if (c == '\b') BIO_puts(b, "\\b");
    else if (c == '\f') BIO_puts(b, "\\f");
    else if (c < 0x20) BIO_printf(b, "\\u%04x", c);
    else BIO_write(b, p + i, 1);
  }
  BIO_write(b, "\"", 1);
}

static void print_general_name(BIO *b, const GENERAL_NAME *g) {
  switch (g->type) {
  case GEN_DNS: print_name_value(b, "DNS:", g->d.dNSName); break;
  case GEN_EMAIL: print_name_value(b, "email:", g->d.rfc822Name); break;
  case GEN_URI: print_name_value(b, "URI:", g->d.uniformResourceIdentifier); break;
  case GEN_IPADD: {
    const unsigned char *ip = ASN1_STRING_get0_data(g->d.iPAddress);
    int len = ASN1_STRING_length(g->d.iPAddress);
    BIO_puts(b, "IP Address:");
    if (len == 4) {
      BIO_printf(b, "%d.%d.%d.%d", ip[0], ip[1], ip[2], ip[3]);
    } else if (len == 16) {
      for (int i = 0; i < 16; i += 2) BIO_printf(b, "%s%X", i ? ":" : "", (ip[i] << 8) | ip[i + 1]);
    } else {
      BIO_puts(b, "<invalid>");
    }
    break;
  }
  case GEN_DIRNAME:
    BIO_puts(b, "DirName:");
    X509_NAME_print_ex(b, g->d.directoryName, 0, XN_FLAG_ONELINE & ~XN_FLAG_SPC_EQ);
    break;
  case GEN_RID: {
    char buf[128];
    OBJ_obj2txt(buf, sizeof buf, g->d.registeredID, 1);
    BIO_printf(b, "Registered ID:%s", buf);
    break;
  }
  default: GENERAL_NAME_print(b, (GENERAL_NAME *)g); break;
  }
}

static void hex_colon(char *out, const unsigned char *md, unsigned n) {
  static const char hex[] = "0123456789ABCDEF";
  size_t k = 0;
  for (unsigned i = 0; i < n; i++) {
    if (i) out[k++] = ':';
    out[k++] = hex[md[i] >> 4];
    out[k++] = hex[md[i] & 15];
  }
  out[k] = 0;
}

static void set_fingerprint(JSContextRef ctx, JSObjectRef o, const char *key, X509 *x, const EVP_MD *md) {
  unsigned char buf[EVP_MAX_MD_SIZE];
  unsigned n = 0;
  if (X509_digest(x, md, buf, &n) != 1) return;
  char out[EVP_MAX_MD_SIZE * 3 + 1];
  hex_colon(out, buf, n);
  nodec_set_string(ctx, o, key, out);
}

static void set_bn_hex(JSContextRef ctx, JSObjectRef o, const char *key, const BIGNUM *bn) {
  char *h = BN_bn2hex(bn);
  if (!h) return;
  nodec_set_string(ctx, o, key, h);
  OPENSSL_free(h);
}

static void set_key_info(nodec_runtime *rt, JSContextRef ctx, JSObjectRef o, X509 *x) {
  EVP_PKEY *pk = X509_get0_pubkey(x);
  if (!pk) return;
  int id = EVP_PKEY_get_base_id(pk);
  if (id == EVP_PKEY_RSA || id == EVP_PKEY_RSA_PSS) {
    BIGNUM *n = NULL, *e = NULL;
    EVP_PKEY_get_bn_param(pk, OSSL_PKEY_PARAM_RSA_N, &n);
    EVP_PKEY_get_bn_param(pk, OSSL_PKEY_PARAM_RSA_E, &e);
    if (n) set_bn_hex(ctx, o, "modulus", n);
    nodec_set_number(ctx, o, "bits", EVP_PKEY_get_bits(pk));
    if (e) {
      char *h = BN_bn2hex(e);
      if (h) {
        const char *p = h;
        while (*p == '0' && p[1]) p++;
        char buf[256];
        snprintf(buf, sizeof buf, "0x%s", p);
        for (char *c = buf; *c; c++)
          if (*c >= 'A' && *c <= 'F') *c = (char)(*c - 'A' + 'a');
        nodec_set_string(ctx, o, "exponent", buf);
        OPENSSL_free(h);
      }
    }
    BN_free(n);
    BN_free(e);
    unsigned char *der = NULL;
    int len = i2d_PUBKEY(pk, &der);
    if (len > 0) nodec_set(ctx, o, "pubkey", tls_buffer(rt, der, (size_t)len));
    OPENSSL_free(der);
  } else if (id == EVP_PKEY_EC) {
    nodec_set_number(ctx, o, "bits", EVP_PKEY_get_bits(pk));
    unsigned char pub[256];
    size_t plen = 0;
    if (EVP_PKEY_get_octet_string_param(pk, OSSL_PKEY_PARAM_PUB_KEY, pub, sizeof pub, &plen) == 1)
      nodec_set(ctx, o, "pubkey", tls_buffer(rt, pub, plen));
    char group[80];
    size_t glen = 0;
    if (EVP_PKEY_get_utf8_string_param(pk, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &glen) == 1) {
      int nid = OBJ_sn2nid(group);
      if (nid == NID_undef) nid = OBJ_ln2nid(group);
      if (nid != NID_undef) {
        nodec_set_string(ctx, o, "asn1Curve", OBJ_nid2sn(nid));
        const char *nist = EC_curve_nid2nist(nid);
        if (nist) nodec_set_string(ctx, o, "nistCurve", nist);
      } else {
        nodec_set_string(ctx, o, "asn1Curve", group);
      }
    }
  }
  ERR_clear_error();
}

JSObjectRef tls_x509_object(nodec_runtime *rt, JSContextRef ctx, X509 *x) {
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  BIO *b = BIO_new(BIO_s_mem());
  nodec_set(ctx, o, "subject", name_object(ctx, X509_get_subject_name(x)));
  nodec_set(ctx, o, "issuer", name_object(ctx, X509_get_issuer_name(x)));

  GENERAL_NAMES *alt = X509_get_ext_d2i(x, NID_subject_alt_name, NULL, NULL);
  if (alt) {
    for (int i = 0; i < sk_GENERAL_NAME_num(alt); i++) {
      if (i) BIO_puts(b, ", ");
      print_general_name(b, sk_GENERAL_NAME_value(alt, i));
    }
    bio_set(ctx, o, "subjectaltname", b);
    GENERAL_NAMES_free(alt);
  }
  AUTHORITY_INFO_ACCESS *aia = X509_get_ext_d2i(x, NID_info_access, NULL, NULL);
  if (aia) {
    /* "method - URI:location" lines; lib/internal/tls/common.js turns them into an object. */
    for (int i = 0; i < sk_ACCESS_DESCRIPTION_num(aia); i++) {
      ACCESS_DESCRIPTION *ad = sk_ACCESS_DESCRIPTION_value(aia, i);
      char method[128];
      int nid = OBJ_obj2nid(ad->method);
      if (nid != NID_undef) snprintf(method, sizeof method, "%s", OBJ_nid2ln(nid));
      else OBJ_obj2txt(method, sizeof method, ad->method, 1);
      if (ad->location->type == GEN_URI) {
        const ASN1_STRING *u = ad->location->d.uniformResourceIdentifier;
        BIO_printf(b, "%s - URI:", method);
        BIO_write(b, ASN1_STRING_get0_data(u), ASN1_STRING_length(u));
        BIO_puts(b, "\n");
      }
    }
    bio_set(ctx, o, "infoAccess", b);
    AUTHORITY_INFO_ACCESS_free(aia);
  }
  BASIC_CONSTRAINTS *bc = X509_get_ext_d2i(x, NID_basic_constraints, NULL, NULL);
  nodec_set(ctx, o, "ca", nodec_boolean(bc && bc->ca));
  BASIC_CONSTRAINTS_free(bc);

  set_key_info(rt, ctx, o, x);

  ASN1_TIME_print(b, X509_get0_notBefore(x));
  bio_set(ctx, o, "valid_from", b);
  ASN1_TIME_print(b, X509_get0_notAfter(x));
  bio_set(ctx, o, "valid_to", b);

  set_fingerprint(ctx, o, "fingerprint", x, EVP_sha1());
  set_fingerprint(ctx, o, "fingerprint256", x, EVP_sha256());
  set_fingerprint(ctx, o, "fingerprint512", x, EVP_sha512());

  EXTENDED_KEY_USAGE *eku = X509_get_ext_d2i(x, NID_ext_key_usage, NULL, NULL);
  if (eku) {
    JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, NULL);
    for (int i = 0; i < sk_ASN1_OBJECT_num(eku); i++) {
      char buf[128];
      OBJ_obj2txt(buf, sizeof buf, sk_ASN1_OBJECT_value(eku, i), 1);
      JSObjectSetPropertyAtIndex(ctx, arr, (unsigned)i, nodec_string(ctx, buf), NULL);
    }
    nodec_set(ctx, o, "ext_key_usage", arr);
    EXTENDED_KEY_USAGE_free(eku);
  }
  BIGNUM *serial = ASN1_INTEGER_to_BN(X509_get0_serialNumber(x), NULL);
  if (serial) {
    set_bn_hex(ctx, o, "serialNumber", serial);
    BN_free(serial);
  }
  unsigned char *der = NULL;
  int n = i2d_X509(x, &der);
  if (n > 0) nodec_set(ctx, o, "raw", tls_buffer(rt, der, (size_t)n));
  OPENSSL_free(der);
  BIO_free(b);
  ERR_clear_error();
  return o;
}

const char *tls_verify_code(long err) {
  switch (err) {
#define C(x) case X509_V_ERR_##x: return #x;
    C(UNABLE_TO_GET_ISSUER_CERT) C(UNABLE_TO_GET_CRL) C(UNABLE_TO_DECRYPT_CERT_SIGNATURE)
    C(UNABLE_TO_DECRYPT_CRL_SIGNATURE) C(UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY) C(CERT_SIGNATURE_FAILURE)
    C(CRL_SIGNATURE_FAILURE) C(CERT_NOT_YET_VALID) C(CERT_HAS_EXPIRED) C(CRL_NOT_YET_VALID)
    C(CRL_HAS_EXPIRED) C(ERROR_IN_CERT_NOT_BEFORE_FIELD) C(ERROR_IN_CERT_NOT_AFTER_FIELD)
    C(ERROR_IN_CRL_LAST_UPDATE_FIELD) C(ERROR_IN_CRL_NEXT_UPDATE_FIELD) C(OUT_OF_MEM)
    C(DEPTH_ZERO_SELF_SIGNED_CERT) C(SELF_SIGNED_CERT_IN_CHAIN) C(UNABLE_TO_GET_ISSUER_CERT_LOCALLY)
    C(UNABLE_TO_VERIFY_LEAF_SIGNATURE) C(CERT_CHAIN_TOO_LONG) C(CERT_REVOKED) C(INVALID_CA)
    C(PATH_LENGTH_EXCEEDED) C(INVALID_PURPOSE) C(CERT_UNTRUSTED) C(CERT_REJECTED)
    C(HOSTNAME_MISMATCH) C(EMAIL_MISMATCH) C(IP_ADDRESS_MISMATCH)
#undef C
  default: return "UNSPECIFIED";
  }
}
