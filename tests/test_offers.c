/*
 * The sociale beweegkaart: the sample catalogue loads; suggestions follow
 * the documented rules (conditions, area, age, mobility, preferences, the
 * GLI criteria, ties); a bad catalogue is refused whole with the place
 * named and the one loaded before stays; a catalogue at a URL is fetched
 * again with If-None-Match and a 304 keeps it, and readers of the
 * connector's catalogue do not wait while it is fetched again.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <pthread.h>
#include <stdatomic.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <event2/buffer.h>
#include <event2/event.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>
#include <event2/bufferevent_ssl.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include "beweegbrug.h"
#include "testutil.h"

static char *sample_path(void)
{
	static char path[700];

	snprintf(path, sizeof(path), "%s/schemas/samples/beweegkaart/rotterdam-maastricht.json",
		 test_env("abs_top_srcdir"));
	return path;
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = malloc((size_t)n + 1);
	assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	buf[n] = '\0';
	*len = (size_t)n;
	return buf;
}

static bb_offers *loaded(bb_connector *c)
{
	bb_offers *o = NULL;

	assert_int_equal(bb_offers_new(&o, c), BB_OK);
	if (bb_offers_load(o, sample_path()) != BB_OK)
		fail_msg("load: %s", c ? bb_error_last(c)->message : "?");
	return o;
}

/* The ids of the suggestions, space separated, in order. */
static char *ranked(const bb_offers *o, const bb_offer_query *q, size_t max)
{
	static char out[1024];
	bb_suggestions *s = NULL;
	size_t n, i, len = 0;

	assert_int_equal(bb_offers_suggest(&s, o, q, max), BB_OK);
	n = bb_suggestions_count(s);
	out[0] = '\0';
	for (i = 0; i < n; i++)
		len += (size_t)snprintf(out + len, sizeof(out) - len, "%s%s", i ? " " : "",
					bb_suggestions_at(s, i)->offer->id);
	assert_null(bb_suggestions_at(s, n));
	bb_suggestions_free(s);
	return out;
}

static void sample_catalogue(void **state)
{
	bb_connector *c;
	bb_offers *o;
	const bb_offer *gli;
	(void)state;

	assert_int_equal(bb_connector_new(&c, NULL), BB_OK);
	o = loaded(c);
	assert_int_equal(bb_offers_count(o), 25);
	gli = bb_offers_find(o, "rdam-gli-cool-west");
	assert_non_null(gli);
	assert_string_equal(gli->kind, "gli");
	assert_string_equal(gli->organization, "Leefstijlcoaches Rotterdam West (test)");
	assert_string_equal(gli->town, "Rotterdam");
	assert_string_equal(gli->when, "ma 19:00-21:00; wo 10:00-12:00");
	assert_string_equal(gli->program, "CooL");
	assert_int_equal(gli->age_min, 18);
	assert_int_equal(gli->age_max, -1);
	assert_string_equal(gli->endpoint, "https://verwijzen.leefstijl-rotterdam.example/fhir");
	assert_null(gli->destination_id);       /* no configuration: nothing to map to */
	assert_non_null(strstr(gli->insurer_pays, "basisverzekering"));
	assert_true(bb_offer_has_feature(gli, "group"));
	assert_false(bb_offer_has_feature(gli, "outdoor"));
	assert_null(bb_offers_find(o, "no-such-offer"));
	assert_ptr_equal(bb_offers_at(o, 0), bb_offers_find(o, bb_offers_at(o, 0)->id));
	assert_null(bb_offers_at(o, 25));
	bb_offers_free(o);
	bb_connector_free(c);
}

/* The six README scenarios: their top three. */
static void readme_scenarios(void **state)
{
	bb_offers *o = loaded(NULL);
	bb_offer_query q;
	(void)state;

#define QUERY(r, a, pc, pref, mob, body_mass) \
	do { bb_offer_query q0 = BB_OFFER_QUERY_INIT; q = q0; q.reasons = (r); q.age = (a); \
	     q.postcode = (pc); q.prefers = (pref); q.mobility = (mob); q.bmi = (body_mass); } while (0)
	QUERY("T90.02", 58, "3021 AB", "outdoor,group", NULL, NULL);
	assert_string_equal(ranked(o, &q, 3),
			    "rdam-fitness20-spangen rdam-gli-cool-west rdam-wandelgroep-delfshaven");
	QUERY("L90", 67, "6216", NULL, "limited", NULL);
	assert_string_equal(ranked(o, &q, 3),
			    "mstr-stadspoli-knie mstr-zwemmen-artrose mstr-beweegtraject-12wk");
	QUERY("T82", 45, "3022", NULL, NULL, "32");
	assert_string_equal(ranked(o, &q, 3),
			    "rdam-gli-cool-west rdam-beweegcoach-delfshaven rdam-fitness20-spangen");
	QUERY("P76", 24, "3035", "free,low-threshold", NULL, NULL);
	assert_string_equal(ranked(o, &q, 3),
			    "rdam-mentaal-wandel rdam-beweegcoach-noord-zuid rdam-beweegcoach-delfshaven");
	QUERY("L03", 51, "6221", NULL, NULL, NULL);
	assert_string_equal(ranked(o, &q, 3),
			    "mstr-stadspoli-rug mstr-beweegtraject-12wk mstr-fysio-beweeggroep");
	QUERY("R95", 71, "3023", NULL, "limited", NULL);
	assert_string_equal(ranked(o, &q, 3),
			    "rdam-copd-beweeggroep rdam-beweegcoach-delfshaven rdam-beweegcoach-noord-zuid");
	bb_offers_free(o);
}

static void rules(void **state)
{
	bb_offers *o = loaded(NULL);
	bb_offer_query q = BB_OFFER_QUERY_INIT;
	bb_suggestions *list = NULL;
	const bb_suggestion *s, *prev;
	size_t n, i;
	char *all;
	(void)state;

	/* another town is left out; so is an offer for conditions the patient lacks */
	q.postcode = "6211";
	q.reasons = "L15";
	all = ranked(o, &q, 100);
	assert_null(strstr(all, "rdam-"));
	assert_non_null(strstr(all, "mstr-stadspoli-knie"));
	assert_null(strstr(all, "mstr-stadspoli-rug"));
	assert_null(strstr(all, "mstr-gli-cool"));
	/* a sub-code matches its rubric */
	q.reasons = "L15.01";
	assert_non_null(strstr(ranked(o, &q, 100), "mstr-stadspoli-knie"));
	/* age: the chair exercises are for 55 and over; Start to Run stops at 70 */
	q.reasons = NULL;
	q.postcode = "3035";
	q.age = 40;
	assert_null(strstr(ranked(o, &q, 100), "rdam-stoelyoga-noord"));
	q.age = 60;
	assert_non_null(strstr(ranked(o, &q, 100), "rdam-stoelyoga-noord"));
	assert_non_null(strstr(ranked(o, &q, 100), "rdam-hardloop-start"));
	q.age = 75;
	assert_null(strstr(ranked(o, &q, 100), "rdam-hardloop-start"));
	/* limited mobility: what needs good mobility goes, what suits it rises */
	q.mobility = "limited";
	assert_null(strstr(ranked(o, &q, 100), "rdam-hardloop-start"));
	assert_string_equal(ranked(o, &q, 1), "rdam-stoelyoga-noord");
	/* a preference changes the order */
	q.mobility = NULL;
	q.age = 30;
	q.postcode = "3021";
	q.reasons = NULL;
	q.prefers = "outdoor";
	assert_string_equal(ranked(o, &q, 1), "rdam-wandelgroep-delfshaven");
	q.prefers = "women-only,evening";
	assert_string_equal(ranked(o, &q, 1), "rdam-vrouwen-sport-avond");
	/* the kind filter */
	q.prefers = NULL;
	q.kind = "swimming";
	assert_string_equal(ranked(o, &q, 100), "rdam-zwemmen-artrose");
	/* the explanation says why, point by point; the same question gets the same answer */
	q.kind = NULL;
	q.reasons = "T83";
	q.bmi = "27.0";
	assert_int_equal(bb_offers_suggest(&list, o, &q, 100), BB_OK);
	n = bb_suggestions_count(list);
	for (i = 0; i < n; i++)
		if (strcmp(bb_suggestions_at(list, i)->offer->id, "rdam-gli-cool-west") == 0)
			break;
	assert_true(i < n);
	s = bb_suggestions_at(list, i);
	assert_non_null(strstr(s->why, "for T83 Overgewicht\n"));
	assert_non_null(strstr(s->why, "GLI: check the entry criteria (unknown: BMI 27.0 kg/m2, no "
				     "waist circumference: measure the waist"));
	for (i = 1; i < n; i++) {
		prev = bb_suggestions_at(list, i - 1);
		s = bb_suggestions_at(list, i);
		assert_true(prev->score > s->score ||
			    (prev->score == s->score && strcmp(prev->offer->id, s->offer->id) < 0));
	}
	bb_suggestions_free(list);
	/* a wrong query version is refused, and leaves no list */
	q.version = 99;
	list = (bb_suggestions *)&q;
	assert_int_equal(bb_offers_suggest(&list, o, &q, 3), BB_EINVAL);
	assert_null(list);
	bb_offers_free(o);
}

/* With a configuration, an offer knows the destination that takes it. */
static void destinations_and_referrals(void **state)
{
	char *dir = test_tmpdir(), path[700], conf[2000], rec[700];
	bb_connector *c;
	bb_offers *o;
	bb_referral *r = NULL;
	bb_suggestions *list = NULL;
	const bb_suggestion *s;
	size_t len;
	char *xml;
	(void)state;

	snprintf(conf, sizeof(conf),
		 "[connector]\nsender_endpoint = https://beweegbrug.test/fhir\nhis_adapter = his-xml\nbeweegkaart = %s\n"
		 "[destination \"leefstijl\"]\nadapter = fhir-message\n"
		 "endpoint = https://verwijzen.leefstijl-rotterdam.example/fhir/\nreceiver_kind = gli\n",
		 sample_path());
	snprintf(path, sizeof(path), "%s/b.conf", dir);
	test_write_file(path, conf);
	assert_int_equal(bb_connector_new(&c, NULL), BB_OK);
	assert_int_equal(bb_connector_load_config(c, path), BB_OK);
	assert_int_equal(bb_offers_new(&o, c), BB_OK);
	assert_int_equal(bb_offers_load(o, NULL), BB_OK);   /* the configured one */
	assert_string_equal(bb_offers_find(o, "rdam-gli-cool-west")->destination_id, "leefstijl");
	assert_string_equal(bb_offers_find(o, "rdam-gli-slimmer-zuid")->destination_id, "leefstijl");
	assert_null(bb_offers_find(o, "rdam-beweegcoach-delfshaven")->destination_id);
	/* a record: its reasons, age, postcode, measurements and wishes */
	snprintf(rec, sizeof(rec), "%s/schemas/samples/his-xml/gli-obesitas.xml",
		 test_env("abs_top_srcdir"));
	xml = slurp(rec, &len);
	assert_int_equal(bb_referral_from_his(&r, c, NULL, "gli-obesitas.xml", xml, len), BB_OK);
	assert_int_equal(bb_offers_suggest_for_referral(&list, o, r, NULL, 3), BB_OK);
	assert_int_equal(bb_suggestions_count(list), 3);
	s = bb_suggestions_at(list, 0);
	assert_string_equal(s->offer->id, "rdam-gli-cool-west");
	assert_non_null(strstr(s->why, "GLI eligible: GGR sterk verhoogd: BMI 32.4 kg/m2 (2026-11-18) "
				     "with waist 104 cm (2026-11-18), ernstig vergroot for a woman"));
	assert_non_null(strstr(s->why, "refer: electronically via destination leefstijl"));
	bb_suggestions_free(list);
	bb_referral_free(r);
	free(xml);
	bb_offers_free(o);
	bb_connector_free(c);
	snprintf(conf, sizeof(conf), "rm -rf '%s'", dir);
	assert_int_equal(system(conf), 0);
	free(dir);
}

/* Each broken catalogue is refused with the place named, and the good one stays. */
static void bad_catalogues(void **state)
{
	static const struct {
		const char *from, *to;   /* an edit of the sample */
		const char *says;
	} cases[] = {
		{ "\"type\": \"collection\"", "\"type\": \"searchset\"",
		  "a beweegkaart is a Bundle of type collection" },
		{ "\"code\": \"walking-group\"", "\"code\": \"knitting\"",
		  "HealthcareService/rdam-wandelgroep-delfshaven.type: unknown kind of offer \"knitting\"" },
		{ "\"reference\": \"Organization/rdam-sportbedrijf\"", "\"reference\": \"Organization/gone\"",
		  "managingOrganization.reference: Organization/gone is not in the catalogue" },
		{ "StructureDefinition:offer-cost", "StructureDefinition:offer-colour",
		  "unknown extension urn:beweegbrug:StructureDefinition:offer-colour" },
		{ "\"value\": 18,", "\"value\": 18.5,", "an age is whole years" },
		{ "\"value\": \"3021\"", "\"value\": \"302\"", "\"302\" is not a 4-digit postcode" },
		{ "\"resourceType\": \"Bundle\"", "\"resourceType\": \"Bunde\"", NULL },
		{ "\"reference\": \"Endpoint/ep-rdam-leefstijl\"", "\"reference\": \"Endpoint/none\"",
		  "endpoint[0].reference: Endpoint/none is not in the catalogue" },
	};
	char *dir = test_tmpdir(), path[700], *good;
	size_t len, i;
	bb_connector *c;
	bb_offers *o;
	(void)state;

	good = slurp(sample_path(), &len);
	assert_int_equal(bb_connector_new(&c, NULL), BB_OK);
	o = loaded(c);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *hit = strstr(good, cases[i].from), *bad;
		const char *msg;
		assert_non_null(hit);
		bad = malloc(len + strlen(cases[i].to) + 1);
		memcpy(bad, good, (size_t)(hit - good));
		strcpy(bad + (hit - good), cases[i].to);
		strcat(bad, hit + strlen(cases[i].from));
		snprintf(path, sizeof(path), "%s/bad%zu.json", dir, i);
		test_write_file(path, bad);
		free(bad);
		if (bb_offers_load(o, path) != BB_EINPUT)
			fail_msg("case %zu (%s) was not refused", i, cases[i].to);
		msg = bb_error_last(c)->message;
		assert_non_null(strstr(msg, path));                  /* names the file */
		if (cases[i].says && !strstr(msg, cases[i].says))
			fail_msg("case %zu: \"%s\" does not say \"%s\"", i, msg, cases[i].says);
		assert_int_equal(bb_offers_count(o), 25);            /* the good one stays */
	}
	/* no file, and not a catalogue at all */
	snprintf(path, sizeof(path), "%s/none.json", dir);
	assert_int_equal(bb_offers_load(o, path), BB_EIO);
	snprintf(path, sizeof(path), "%s/notfhir.json", dir);
	test_write_file(path, "hello");
	assert_int_equal(bb_offers_load(o, path), BB_EINPUT);
	assert_int_equal(bb_offers_count(o), 25);
	assert_int_equal(bb_offers_load(o, NULL), BB_ECONFIG);  /* none configured */
	bb_offers_free(o);
	bb_connector_free(c);
	free(good);
	snprintf(path, sizeof(path), "rm -rf '%s'", dir);
	assert_int_equal(system(path), 0);
	free(dir);
}

/* ---- a catalogue published at a URL, on loopback, over TLS --------------------- */

/*
 * A throwaway server identity made in-process: an EC key and a self-signed
 * certificate for 127.0.0.1, trusted through beweegkaart_ca. (The shell
 * tests use the team's make-test-pki; a unit test makes its own.)
 */
static int make_identity(const char *cert_path, EVP_PKEY **key_out, X509 **cert_out)
{
	EVP_PKEY *key = EVP_EC_gen("P-256");
	X509 *x = X509_new();
	X509_NAME *name;
	X509V3_CTX v3;
	X509_EXTENSION *ext;
	FILE *f;

	if (!key || !x)
		return -1;
	X509_set_version(x, 2);
	ASN1_INTEGER_set(X509_get_serialNumber(x), 1);
	X509_gmtime_adj(X509_getm_notBefore(x), -60);
	X509_gmtime_adj(X509_getm_notAfter(x), 3600);
	X509_set_pubkey(x, key);
	name = X509_get_subject_name(x);
	X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, (const unsigned char *)"127.0.0.1", -1, -1, 0);
	X509_set_issuer_name(x, name);
	X509V3_set_ctx_nodb(&v3);
	X509V3_set_ctx(&v3, x, x, NULL, NULL, 0);
	ext = X509V3_EXT_conf_nid(NULL, &v3, NID_subject_alt_name, "IP:127.0.0.1");
	X509_add_ext(x, ext, -1);
	X509_EXTENSION_free(ext);
	ext = X509V3_EXT_conf_nid(NULL, &v3, NID_basic_constraints, "critical,CA:TRUE");
	X509_add_ext(x, ext, -1);
	X509_EXTENSION_free(ext);
	if (!X509_sign(x, key, EVP_sha256()))
		return -1;
	f = fopen(cert_path, "w");
	if (!f || !PEM_write_X509(f, x))
		return -1;
	fclose(f);
	*key_out = key;
	*cert_out = x;
	return 0;
}

typedef struct publisher {
	struct event_base *base;
	struct evhttp *http;
	SSL_CTX *tls;
	EVP_PKEY *key;
	X509 *cert;
	pthread_t thread;
	char *body;
	size_t len;
	int full, not_modified;     /* answers given */
	char seen_etag[64];
	/* publish_later: the second request waits for a byte on release[1] */
	struct evhttp_request *held;
	atomic_int arrived;         /* the second request is held */
	int release[2];
	struct event *on_release;
} publisher;

static struct bufferevent *tls_bev(struct event_base *base, void *arg)
{
	publisher *p = arg;

	return bufferevent_openssl_socket_new(base, -1, SSL_new(p->tls), BUFFEREVENT_SSL_ACCEPTING,
					      BEV_OPT_CLOSE_ON_FREE);
}

static void publish(struct evhttp_request *req, void *arg)
{
	publisher *p = arg;
	const char *inm = evhttp_find_header(evhttp_request_get_input_headers(req), "If-None-Match");
	struct evbuffer *out = evbuffer_new();

	snprintf(p->seen_etag, sizeof(p->seen_etag), "%s", inm ? inm : "");
	evhttp_add_header(evhttp_request_get_output_headers(req), "ETag", "\"kaart-v1\"");
	if (inm && strcmp(inm, "\"kaart-v1\"") == 0) {
		p->not_modified++;
		evhttp_send_reply(req, 304, "Not Modified", out);
	} else {
		p->full++;
		evbuffer_add(out, p->body, p->len);
		evhttp_send_reply(req, 200, "OK", out);
	}
	evbuffer_free(out);
	/*
	 * The test makes two requests; the loop then ends itself (no
	 * cross-thread wake-up needed), a little later so the reply is sent.
	 */
	if (p->full + p->not_modified == 2) {
		struct timeval soon = { 0, 300 * 1000 };
		event_base_loopexit(p->base, &soon);
	}
}

static void *serve_loop(void *arg)
{
	event_base_dispatch(((publisher *)arg)->base);
	return NULL;
}

/*
 * A publisher of the sample catalogue at https://127.0.0.1:PORT/ (its
 * certificate in `ca`), answering on a thread of its own until it has
 * answered twice (or for 30 seconds). `cb` answers each request.
 */
static int publisher_start(publisher *p, const char *ca, void (*cb)(struct evhttp_request *, void *))
{
	struct evhttp_bound_socket *sock;
	struct sockaddr_in sa;
	socklen_t sl = sizeof(sa);
	struct timeval limit = { 30, 0 };   /* never hang the suite */

	memset(p, 0, sizeof(*p));
	p->release[0] = p->release[1] = -1;
	assert_int_equal(make_identity(ca, &p->key, &p->cert), 0);
	p->tls = SSL_CTX_new(TLS_server_method());
	assert_int_equal(SSL_CTX_use_certificate(p->tls, p->cert), 1);
	assert_int_equal(SSL_CTX_use_PrivateKey(p->tls, p->key), 1);
	p->body = slurp(sample_path(), &p->len);
	p->base = event_base_new();
	p->http = evhttp_new(p->base);
	evhttp_set_bevcb(p->http, tls_bev, p);
	evhttp_set_gencb(p->http, cb, p);
	sock = evhttp_bind_socket_with_handle(p->http, "127.0.0.1", 0);
	assert_non_null(sock);
	getsockname(evhttp_bound_socket_get_fd(sock), (struct sockaddr *)&sa, &sl);
	event_base_loopexit(p->base, &limit);
	return ntohs(sa.sin_port);
}

static void publisher_run(publisher *p)
{
	assert_int_equal(pthread_create(&p->thread, NULL, serve_loop, p), 0);
}

static void publisher_stop(publisher *p)
{
	pthread_join(p->thread, NULL);
	if (p->on_release)
		event_free(p->on_release);
	if (p->release[0] >= 0) {
		close(p->release[0]);
		close(p->release[1]);
	}
	evhttp_free(p->http);
	event_base_free(p->base);
	SSL_CTX_free(p->tls);
	X509_free(p->cert);
	EVP_PKEY_free(p->key);
	free(p->body);
}

/* A connector whose [connector] trusts `ca` for the catalogue (NULL: the system's CAs). */
static bb_connector *connector_trusting(const char *dir, const char *ca)
{
	char path[512], text[1024];
	bb_connector *c;

	snprintf(path, sizeof(path), "%s/fetch.conf", dir);
	snprintf(text, sizeof(text),
		 "[connector]\nsender_endpoint = https://beweegbrug.test/fhir\nhis_adapter = his-xml\n%s%s\n",
		 ca ? "beweegkaart_ca = " : "", ca ? ca : "");
	test_write_file(path, text);
	assert_int_equal(bb_connector_new(&c, NULL), BB_OK);
	if (bb_connector_load_config(c, path) != BB_OK)
		fail_msg("%s: %s", path, bb_error_last(c)->message);
	return c;
}

static void remove_dir(char *dir)
{
	char cmd[600];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
	free(dir);
}

static void url_with_etag(void **state)
{
	publisher p;
	char url[128], plain[128], ca[512];
	char *dir = test_tmpdir();
	bb_connector *c;
	bb_offers *o;
	int port;
	(void)state;

	snprintf(ca, sizeof(ca), "%s/server.pem", dir);
	port = publisher_start(&p, ca, publish);
	snprintf(url, sizeof(url), "https://127.0.0.1:%d/beweegkaart.json", port);
	snprintf(plain, sizeof(plain), "http://127.0.0.1:%d/beweegkaart.json", port);
	publisher_run(&p);

	/* Refused before any byte is sent: plain http, and a server we do not trust. */
	c = connector_trusting(dir, NULL);
	assert_int_equal(bb_offers_new(&o, c), BB_OK);
	assert_int_equal(bb_offers_load(o, plain), BB_ECONFIG);
	assert_non_null(strstr(bb_error_last(c)->message, "https only"));
	assert_int_equal(bb_offers_load(o, url), BB_EUNAVAILABLE);   /* not in the system's CAs */
	assert_int_equal(bb_offers_count(o), 0);
	assert_int_equal(p.full + p.not_modified, 0);
	bb_offers_free(o);
	bb_connector_free(c);

	/* Trusted through beweegkaart_ca: fetched, then a 304 keeps it. */
	c = connector_trusting(dir, ca);
	assert_int_equal(bb_offers_new(&o, c), BB_OK);
	if (bb_offers_load(o, url) != BB_OK)
		fail_msg("%s: %s", url, bb_error_last(c)->message);
	assert_int_equal(bb_offers_count(o), 25);
	assert_int_equal(p.full, 1);
	assert_string_equal(p.seen_etag, "");
	/* again: If-None-Match with the ETag, a 304, and the catalogue stays */
	if (bb_offers_load(o, url) != BB_OK)
		fail_msg("again %s: %s (answers: %d full, %d not modified, etag seen \"%s\")", url,
			 bb_error_last(c)->message, p.full, p.not_modified, p.seen_etag);
	assert_string_equal(p.seen_etag, "\"kaart-v1\"");
	assert_int_equal(p.not_modified, 1);
	assert_int_equal(p.full, 1);
	assert_int_equal(bb_offers_count(o), 25);
	assert_non_null(bb_offers_find(o, "mstr-stadspoli-rug"));
	bb_offers_free(o);
	bb_connector_free(c);

	publisher_stop(&p);
	remove_dir(dir);
}

/* ---- the connector's catalogue is read while it is fetched again ------------- */

/* The first request is answered at once; the second when a byte comes on release[1]. */
static void publish_later(struct evhttp_request *req, void *arg)
{
	publisher *p = arg;

	if (p->full + p->not_modified == 0) {
		publish(req, p);
		return;
	}
	p->held = req;
	atomic_store(&p->arrived, 1);
}

static void released(evutil_socket_t fd, short what, void *arg)
{
	publisher *p = arg;
	char byte;
	(void)what;

	if (read(fd, &byte, 1) == 1 && p->held) {
		publish(p->held, p);
		p->held = NULL;
	}
}

typedef struct caller {
	bb_connector *c;
	int rc;
	char message[512];
	atomic_int done;
} caller;

/* bb_connector_reload: the beweegkaart is fetched again now. */
static void *reloading(void *arg)
{
	caller *k = arg;

	k->rc = bb_connector_reload(k->c);
	snprintf(k->message, sizeof(k->message), "%s", bb_error_last(k->c)->message);
	atomic_store(&k->done, 1);
	return NULL;
}

/* A referral to an offer the catalogue does not have: it is looked up, and refused. */
static void *referring(void *arg)
{
	caller *k = arg;
	bb_referral *r = NULL;
	bb_receipt *receipt = NULL;

	assert_int_equal(bb_referral_new(&r), BB_OK);
	k->rc = bb_refer_referral(&receipt, k->c, r, "no-such-offer");
	snprintf(k->message, sizeof(k->message), "%s", bb_error_last(k->c)->message);
	bb_referral_free(r);
	atomic_store(&k->done, 1);
	return NULL;
}

/* Up to `seconds` for *flag to be set; 1 if it was. */
static int wait_for(atomic_int *flag, int seconds)
{
	struct timespec tick = { 0, 10 * 1000 * 1000 };
	int i;

	for (i = 0; i < seconds * 100 && !atomic_load(flag); i++)
		nanosleep(&tick, NULL);
	return atomic_load(flag);
}

/*
 * While the connector fetches its beweegkaart again (a reload; a
 * publisher slow to answer), referrals go on with the catalogue it has:
 * the fetch holds no lock that readers need. The publisher holds its
 * answer to the second request until the referral has been looked up, so
 * on code that fetches under the catalogue's lock the referral waits and
 * the test fails after ten seconds, every time.
 */
static void refresh_does_not_block_readers(void **state)
{
	publisher p;
	char url[128], ca[512], path[600], text[1024];
	char *dir = test_tmpdir();
	caller reload, refer, first;
	pthread_t reloader, referrer;
	bb_connector *c;
	int port, referred;
	(void)state;

	snprintf(ca, sizeof(ca), "%s/server.pem", dir);
	port = publisher_start(&p, ca, publish_later);
	snprintf(url, sizeof(url), "https://127.0.0.1:%d/beweegkaart.json", port);
	assert_int_equal(pipe(p.release), 0);
	p.on_release = event_new(p.base, p.release[0], EV_READ | EV_PERSIST, released, &p);
	assert_int_equal(event_add(p.on_release, NULL), 0);
	publisher_run(&p);

	snprintf(path, sizeof(path), "%s/kaart.conf", dir);
	snprintf(text, sizeof(text),
		 "[connector]\nsender_endpoint = https://beweegbrug.test/fhir\nhis_adapter = his-xml\n"
		 "beweegkaart = %s\nbeweegkaart_ca = %s\n", url, ca);
	test_write_file(path, text);
	assert_int_equal(bb_connector_new(&c, NULL), BB_OK);
	if (bb_connector_load_config(c, path) != BB_OK)
		fail_msg("%s: %s", path, bb_error_last(c)->message);

	/* the first lookup loads the catalogue */
	memset(&first, 0, sizeof(first));
	first.c = c;
	referring(&first);
	assert_int_equal(first.rc, BB_EINPUT);
	assert_non_null(strstr(first.message, "no offer \"no-such-offer\""));
	assert_int_equal(p.full, 1);

	/* a reload fetches it again; the publisher holds that answer */
	memset(&reload, 0, sizeof(reload));
	reload.c = c;
	assert_int_equal(pthread_create(&reloader, NULL, reloading, &reload), 0);
	assert_true(wait_for(&p.arrived, 10));

	/* meanwhile a referral is looked up in the catalogue we have */
	memset(&refer, 0, sizeof(refer));
	refer.c = c;
	assert_int_equal(pthread_create(&referrer, NULL, referring, &refer), 0);
	referred = wait_for(&refer.done, 10);
	assert_false(atomic_load(&reload.done));

	/* the publisher answers (304: unchanged), and both finish */
	assert_int_equal(write(p.release[1], "x", 1), 1);
	pthread_join(reloader, NULL);
	pthread_join(referrer, NULL);
	if (!referred)
		fail_msg("the referral waited for the catalogue's fetch (%s)", refer.message);
	assert_int_equal(refer.rc, BB_EINPUT);
	assert_non_null(strstr(refer.message, "no offer \"no-such-offer\""));
	if (reload.rc != BB_OK)
		fail_msg("reload: %s", reload.message);
	assert_int_equal(p.not_modified, 1);
	assert_string_equal(p.seen_etag, "\"kaart-v1\"");

	bb_connector_free(c);
	publisher_stop(&p);
	remove_dir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(sample_catalogue),
		cmocka_unit_test(readme_scenarios),
		cmocka_unit_test(rules),
		cmocka_unit_test(destinations_and_referrals),
		cmocka_unit_test(bad_catalogues),
		cmocka_unit_test(url_with_etag),
		cmocka_unit_test(refresh_does_not_block_readers),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
