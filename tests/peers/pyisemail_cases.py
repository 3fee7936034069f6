"""pyIsEmail's test table (Dominic Sayers' is_email set, version 3.0), as data.

Read from michaelherold/pyIsEmail, tests/data/tests.xml: each row is the test id, the address and
the diagnosis the XML gives. The XML writes an ASCII control character n as U+2400+n (␍ for CR);
pyIsEmail reads those pictures as the control characters themselves, so they are written here as
the real characters. Left out: #1 (the empty address, the same as email-validator's) and #124,
#125, whose stored addresses lost the control character they test (they read as #43 and #47 but
carry another diagnosis).

pyIsEmail's own verdict (``is_email(address)``, no DNS) is "valid" for the diagnosis categories
VALID, DNSWARN and RFC5321, below its threshold of 16. The comparison reads it under a send path's
settings, the same ones the email-validator table is compared under: quoted local parts, domain
literals and dotless domains are refused (email-validator's defaults; its own test file reads this
table the same way). Where that turns pyIsEmail's "valid" into "invalid", ``shipped`` keeps the
library's verdict and ``why`` says which setting. tests/peers/test_peers.py checks ``shipped``
against the installed pyIsEmail.
"""

from __future__ import annotations

from .cases import INVALID, VALID, Case, Source

SOURCE = Source(
    repo="michaelherold/pyIsEmail",
    files="tests/data/tests.xml",
    kind="validity",
    settings="is_email(address) without DNS, with the RFC 5321 forms it accepts (quoted local "
             "parts, address literals) and dotless domains refused, as email-validator's defaults "
             "refuse them",
    checked_by="pyisemail.is_email (the installed version), for the shipped verdict",
)

_QUOTED = ("a quoted local part: pyIsEmail accepts it (RFC 5321); refused under the compared "
           "settings (email-validator's allow_quoted_local=False)")
_LITERAL = ("an address literal: pyIsEmail accepts it (RFC 5321); refused under the compared "
            "settings (allow_domain_literal=False): a customer's mailbox is never at a bare IP")
_DOTLESS = ("a dotless domain: pyIsEmail accepts it; refused under the compared settings, since no "
            "public mail is delivered to a top-level domain")

_LONG_LOCAL = ("65 characters before the @: misdirect follows email-validator's default, which refuses "
               "a local part over 64 characters only with strict=True (the email-validator table "
               "holds three such cases as valid)")

_L64 = "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghiklm"
_L63 = "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl"

#: (test id, address, diagnosis) as tests.xml gives them.
ROWS: tuple[tuple[int, str, str], ...] = (
    (2, "test", "ERR_NODOMAIN"),
    (3, "@", "ERR_NOLOCALPART"),
    (4, "test@", "ERR_NODOMAIN"),
    (5, "test@io", "VALID"),
    (6, "@io", "ERR_NOLOCALPART"),
    (7, "@iana.org", "ERR_NOLOCALPART"),
    (8, "test@iana.org", "VALID"),
    (9, "test@nominet.org.uk", "VALID"),
    (10, "test@about.museum", "VALID"),
    (11, "a@iana.org", "VALID"),
    (14, "test.test@iana.org", "VALID"),
    (15, ".test@iana.org", "ERR_DOT_START"),
    (16, "test.@iana.org", "ERR_DOT_END"),
    (17, "test..iana.org", "ERR_CONSECUTIVEDOTS"),
    (18, "test_exa-mple.com", "ERR_NODOMAIN"),
    (19, "!#$%&`*+/=?^`{|}~@iana.org", "VALID"),
    (20, "test\\@test@iana.org", "ERR_EXPECTING_ATEXT"),
    (21, "123@iana.org", "VALID"),
    (22, "test@123.com", "VALID"),
    (25, f"{_L64}@iana.org", "VALID"),
    (26, f"{_L64}n@iana.org", "RFC5322_LOCAL_TOOLONG"),
    (28, f"test@{_L64}.com", "RFC5322_LABEL_TOOLONG"),
    (29, "test@mason-dixon.com", "VALID"),
    (30, "test@-iana.org", "ERR_DOMAINHYPHENSTART"),
    (31, "test@iana-.com", "ERR_DOMAINHYPHENEND"),
    (32, "test@g--a.com", "VALID"),
    (34, "test@.iana.org", "ERR_DOT_START"),
    (35, "test@iana.org.", "ERR_DOT_END"),
    (36, "test@iana..com", "ERR_CONSECUTIVEDOTS"),
    (39, f"{_L64}@{_L63}.{_L63}.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghij",
     "RFC5322_TOOLONG"),
    (40, f"a@{_L63}.{_L63}.{_L63}.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefg.hij",
     "RFC5322_TOOLONG"),
    (41, f"a@{_L63}.{_L63}.{_L63}.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefg.hijk",
     "RFC5322_DOMAIN_TOOLONG"),
    (42, '"test"@iana.org', "RFC5321_QUOTEDSTRING"),
    (43, '""@iana.org', "RFC5321_QUOTEDSTRING"),
    (44, '"""@iana.org', "ERR_EXPECTING_ATEXT"),
    (45, '"\\a"@iana.org', "RFC5321_QUOTEDSTRING"),
    (46, '"\\""@iana.org', "RFC5321_QUOTEDSTRING"),
    (47, '"\\"@iana.org', "ERR_UNCLOSEDQUOTEDSTR"),
    (48, '"\\\\"@iana.org', "RFC5321_QUOTEDSTRING"),
    (49, 'test"@iana.org', "ERR_EXPECTING_ATEXT"),
    (50, '"test@iana.org', "ERR_UNCLOSEDQUOTEDSTR"),
    (51, '"test"test@iana.org', "ERR_ATEXT_AFTER_QS"),
    (52, 'test"text"@iana.org', "ERR_EXPECTING_ATEXT"),
    (53, '"test""test"@iana.org', "ERR_EXPECTING_ATEXT"),
    (54, '"test"."test"@iana.org', "DEPREC_LOCALPART"),
    (55, '"test\\ test"@iana.org', "RFC5321_QUOTEDSTRING"),
    (56, '"test".test@iana.org', "DEPREC_LOCALPART"),
    (57, '"test\x00"@iana.org', "ERR_EXPECTING_QTEXT"),
    (58, '"test\\\x00"@iana.org', "DEPREC_QP"),
    (59, '"abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz abcdefghj"@iana.org',
     "RFC5322_LOCAL_TOOLONG"),
    (60, '"abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz abcdefg\\h"@iana.org',
     "RFC5322_LOCAL_TOOLONG"),
    (61, "test@[255.255.255.255]", "RFC5321_ADDRESSLITERAL"),
    (62, "test@a[255.255.255.255]", "ERR_EXPECTING_ATEXT"),
    (63, "test@[255.255.255]", "RFC5322_DOMAINLITERAL"),
    (64, "test@[255.255.255.255.255]", "RFC5322_DOMAINLITERAL"),
    (65, "test@[255.255.255.256]", "RFC5322_DOMAINLITERAL"),
    (66, "test@[1111:2222:3333:4444:5555:6666:7777:8888]", "RFC5322_DOMAINLITERAL"),
    (67, "test@[IPv6:1111:2222:3333:4444:5555:6666:7777]", "RFC5322_IPV6_GRPCOUNT"),
    (68, "test@[IPv6:1111:2222:3333:4444:5555:6666:7777:8888]", "RFC5321_ADDRESSLITERAL"),
    (69, "test@[IPv6:1111:2222:3333:4444:5555:6666:7777:8888:9999]", "RFC5322_IPV6_GRPCOUNT"),
    (70, "test@[IPv6:1111:2222:3333:4444:5555:6666:7777:888G]", "RFC5322_IPV6_BADCHAR"),
    (71, "test@[IPv6:1111:2222:3333:4444:5555:6666::8888]", "RFC5321_IPV6DEPRECATED"),
    (72, "test@[IPv6:1111:2222:3333:4444:5555::8888]", "RFC5321_ADDRESSLITERAL"),
    (73, "test@[IPv6:1111:2222:3333:4444:5555:6666::7777:8888]", "RFC5322_IPV6_MAXGRPS"),
    (74, "test@[IPv6::3333:4444:5555:6666:7777:8888]", "RFC5322_IPV6_COLONSTRT"),
    (75, "test@[IPv6:::3333:4444:5555:6666:7777:8888]", "RFC5321_ADDRESSLITERAL"),
    (76, "test@[IPv6:1111::4444:5555::8888]", "RFC5322_IPV6_2X2XCOLON"),
    (77, "test@[IPv6:::]", "RFC5321_ADDRESSLITERAL"),
    (78, "test@[IPv6:1111:2222:3333:4444:5555:255.255.255.255]", "RFC5322_IPV6_GRPCOUNT"),
    (79, "test@[IPv6:1111:2222:3333:4444:5555:6666:255.255.255.255]", "RFC5321_ADDRESSLITERAL"),
    (80, "test@[IPv6:1111:2222:3333:4444:5555:6666:7777:255.255.255.255]",
     "RFC5322_IPV6_GRPCOUNT"),
    (81, "test@[IPv6:1111:2222:3333:4444::255.255.255.255]", "RFC5321_ADDRESSLITERAL"),
    (82, "test@[IPv6:1111:2222:3333:4444:5555:6666::255.255.255.255]", "RFC5322_IPV6_MAXGRPS"),
    (83, "test@[IPv6:1111:2222:3333:4444:::255.255.255.255]", "RFC5322_IPV6_2X2XCOLON"),
    (84, "test@[IPv6::255.255.255.255]", "RFC5322_IPV6_COLONSTRT"),
    (85, " test @iana.org", "DEPREC_CFWS_NEAR_AT"),
    (86, "test@ iana .com", "DEPREC_CFWS_NEAR_AT"),
    (87, "test . test@iana.org", "DEPREC_FWS"),
    (88, "\r\n test@iana.org", "CFWS_FWS"),
    (89, "\r\n \r\n test@iana.org", "DEPREC_FWS"),
    (90, "(comment)test@iana.org", "CFWS_COMMENT"),
    (91, "((comment)test@iana.org", "ERR_UNCLOSEDCOMMENT"),
    (92, "(comment(comment))test@iana.org", "CFWS_COMMENT"),
    (93, "test@(comment)iana.org", "DEPREC_CFWS_NEAR_AT"),
    (94, "test(comment)test@iana.org", "ERR_ATEXT_AFTER_CFWS"),
    (95, "test@(comment)[255.255.255.255]", "DEPREC_CFWS_NEAR_AT"),
    (96, f"(comment){_L64}@iana.org", "CFWS_COMMENT"),
    (97, f"test@(comment){_L63}.com", "DEPREC_CFWS_NEAR_AT"),
    (98, "(comment)test@abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghik"
         ".abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghik"
         ".abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijk"
         ".abcdefghijklmnopqrstuvwxyzabcdefghijk.abcdefghijklmnopqrstu", "CFWS_COMMENT"),
    (99, "test@iana.org\n", "ERR_EXPECTING_ATEXT"),
    (100, "test@xn--hxajbheg2az3al.xn--jxalpdlp", "VALID"),
    (101, "xn--test@iana.org", "VALID"),
    (102, "test@iana.org-", "ERR_DOMAINHYPHENEND"),
    (103, '"test@iana.org', "ERR_UNCLOSEDQUOTEDSTR"),
    (104, "(test@iana.org", "ERR_UNCLOSEDCOMMENT"),
    (105, "test@(iana.org", "ERR_UNCLOSEDCOMMENT"),
    (106, "test@[1.2.3.4", "ERR_UNCLOSEDDOMLIT"),
    (107, '"test\\"@iana.org', "ERR_UNCLOSEDQUOTEDSTR"),
    (108, "(comment\\)test@iana.org", "ERR_UNCLOSEDCOMMENT"),
    (109, "test@iana.org(comment\\)", "ERR_UNCLOSEDCOMMENT"),
    (110, "test@iana.org(comment\\", "ERR_BACKSLASHEND"),
    (112, "test@[RFC-5322-domain-literal]", "RFC5322_DOMAINLITERAL"),
    (113, "test@[RFC-5322]-domain-literal]", "ERR_ATEXT_AFTER_DOMLIT"),
    (114, "test@[RFC-5322-[domain-literal]", "ERR_EXPECTING_DTEXT"),
    (115, "test@[RFC-5322-\\\x07-domain-literal]", "RFC5322_DOMLIT_OBSDTEXT"),
    (116, "test@[RFC-5322-\\\t-domain-literal]", "RFC5322_DOMLIT_OBSDTEXT"),
    (117, "test@[RFC-5322-\\]-domain-literal]", "RFC5322_DOMLIT_OBSDTEXT"),
    (118, "test@[RFC-5322-domain-literal\\]", "ERR_UNCLOSEDDOMLIT"),
    (119, "test@[RFC-5322-domain-literal\\", "ERR_BACKSLASHEND"),
    (120, "test@[RFC 5322 domain literal]", "RFC5322_DOMAINLITERAL"),
    (121, "test@[RFC-5322-domain-literal] (comment)", "RFC5322_DOMAINLITERAL"),
    (122, "\x7f@iana.org", "ERR_EXPECTING_ATEXT"),
    (123, "test@\x7f.org", "ERR_EXPECTING_ATEXT"),
    (126, "()test@iana.org", "DEPREC_CTEXT"),
    (127, "test@iana.org\r", "ERR_CR_NO_LF"),
    (128, "\rtest@iana.org", "ERR_CR_NO_LF"),
    (129, '"\rtest"@iana.org', "ERR_CR_NO_LF"),
    (130, "(\r)test@iana.org", "ERR_CR_NO_LF"),
    (131, "test@iana.org(\r)", "ERR_CR_NO_LF"),
    (132, "\ntest@iana.org", "ERR_EXPECTING_ATEXT"),
    (133, '"\n"@iana.org', "ERR_EXPECTING_QTEXT"),
    (134, '"\\\n"@iana.org', "DEPREC_QP"),
    (135, "(\n)test@iana.org", "ERR_EXPECTING_CTEXT"),
    (136, "\x07@iana.org", "ERR_EXPECTING_ATEXT"),
    (137, "test@\x07.org", "ERR_EXPECTING_ATEXT"),
    (138, '"\x07"@iana.org', "DEPREC_QTEXT"),
    (139, '"\\\x07"@iana.org', "DEPREC_QP"),
    (140, "(\x07)test@iana.org", "DEPREC_CTEXT"),
    (141, "\r\ntest@iana.org", "ERR_FWS_CRLF_END"),
    (142, "\r\n \r\ntest@iana.org", "ERR_FWS_CRLF_END"),
    (143, " \r\ntest@iana.org", "ERR_FWS_CRLF_END"),
    (144, " \r\n test@iana.org", "CFWS_FWS"),
    (145, " \r\n \r\ntest@iana.org", "ERR_FWS_CRLF_END"),
    (146, " \r\n\r\ntest@iana.org", "ERR_FWS_CRLF_X2"),
    (147, " \r\n\r\n test@iana.org", "ERR_FWS_CRLF_X2"),
    (148, "test@iana.org\r\n ", "CFWS_FWS"),
    (149, "test@iana.org\r\n \r\n ", "DEPREC_FWS"),
    (150, "test@iana.org\r\n", "ERR_FWS_CRLF_END"),
    (151, "test@iana.org\r\n \r\n", "ERR_FWS_CRLF_END"),
    (152, "test@iana.org \r\n", "ERR_FWS_CRLF_END"),
    (153, "test@iana.org \r\n ", "CFWS_FWS"),
    (154, "test@iana.org \r\n \r\n", "ERR_FWS_CRLF_END"),
    (155, "test@iana.org \r\n\r\n", "ERR_FWS_CRLF_X2"),
    (156, "test@iana.org \r\n\r\n ", "ERR_FWS_CRLF_X2"),
    (157, " test@iana.org", "CFWS_FWS"),
    (158, "test@iana.org ", "CFWS_FWS"),
    (159, "test@[IPv6:1::2:]", "RFC5322_IPV6_COLONEND"),
    (160, '"test\\\u00a9"@iana.org', "ERR_EXPECTING_QPAIR"),
    (161, "test@iana/icann.org", "RFC5322_DOMAIN"),
    (165, "test.(comment)test@iana.org", "DEPREC_COMMENT"),
)

_BELOW_THRESHOLD = ("VALID", "DNSWARN", "RFC5321")


def _case(test_id: int, address: str, diagnosis: str) -> Case:
    where = f"tests.xml #{test_id} ({diagnosis})"
    shipped = VALID if diagnosis.startswith(_BELOW_THRESHOLD) else INVALID
    if diagnosis == "RFC5321_QUOTEDSTRING":
        return Case(where, address, INVALID, why=_QUOTED, shipped=shipped)
    if diagnosis in ("RFC5321_ADDRESSLITERAL", "RFC5321_IPV6DEPRECATED"):
        return Case(where, address, INVALID, why=_LITERAL, shipped=shipped)
    if address == "test@io":
        return Case(where, address, INVALID, why=_DOTLESS, shipped=shipped)
    if test_id == 26:
        return Case(where, address, shipped, ours=VALID, why=_LONG_LOCAL)
    return Case(where, address, shipped)


CASES: tuple[Case, ...] = tuple(_case(*row) for row in ROWS)
