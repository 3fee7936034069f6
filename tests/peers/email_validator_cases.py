"""email-validator's syntax table, as data.

Read from JoshData/python-email-validator, tests/test_syntax.py (the 2.2+ version with display names
and the strict length rule; misdirect runs on email-validator 2.4). Each case names the test
function it comes from. The pyIsEmail table that file also carries is in `pyisemail_cases`.

Settings compared against: ``validate_email(s, check_deliverability=False, allow_display_name=True)``,
that is email-validator's defaults (SMTPUTF8 allowed, quoted local parts off, domain literals off,
special-use and reserved domains refused, no test environment, lengths not strict) with display
names on, because a recipient is a header mailbox (``Anna Svensson <anna@example.se>``).
tests/peers/test_peers.py checks every ``peer`` verdict below against the installed library.
"""

from __future__ import annotations

from .cases import INVALID, VALID, Case, Source

SOURCE = Source(
    repo="JoshData/python-email-validator",
    files="tests/test_syntax.py",
    kind="validity",
    settings="validate_email(s, check_deliverability=False, allow_display_name=True): the library's "
             "defaults (SMTPUTF8 on, quoted local parts off, domain literals off, special-use "
             "domains refused, strict lengths off) with display names on, since a recipient is a "
             "header mailbox",
    checked_by="email_validator.validate_email (the installed version)",
)

V, X = VALID, INVALID
_QUOTED = ("a quoted local part: valid only with allow_quoted_local=True, which is off by default "
           "(and in misdirect: a send path has no use for them)")
_LITERAL = "a domain literal: valid only with allow_domain_literal=True, off by default"
_DISPLAY = ("a display name: invalid with email-validator's default allow_display_name=False; a "
            "recipient is a header mailbox, so the comparison turns it on")
_STRICT = "over 64 characters before the @: refused only with strict=True (off by default)"
_TESTENV = "the peer's test runs it with test_environment=True; by default the domain is refused"

# long labels, as the peer writes them
_A = "1111111111222222222233333333334444444444555555555"
_B = "6666666666777777777788888888889999999999000000000"
_AB4 = f"{_A}.{_B}.{_A}.{_B}"


def _valid(inp: str, where: str = "test_email_valid", **kw: str) -> Case:
    return Case(where, inp, V, **kw)


def _invalid(inp: str, where: str = "test_email_invalid_syntax", **kw: str) -> Case:
    return Case(where, inp, X, **kw)


_UNSAFE = ("\u2005", "\u2028", "\u2029", "\u0300", "\u009c", "\u200b", "\u202dforward-\u202ereversed",
           "\ud800", "\ue000", "\U0010fdef", "\ufdef")

CASES: tuple[Case, ...] = (
    # --- test_email_valid (run there with allow_quoted_local=True, allow_display_name=True)
    _valid("Abc@example.tld"),
    _valid("Abc.123@test-example.com"),
    _valid("user+mailbox/department=shipping@example.tld"),
    _valid("!#$%&'*+-/=?^_`.{|}~@example.tld"),
    _valid("jeff@臺網中心.tw"),
    Case("test_email_valid", '"quoted local part"@example.org', X, why=_QUOTED, shipped=X),
    Case("test_email_valid", '"de-quoted.local.part"@example.org', X, why=_QUOTED, shipped=X),
    _valid("MyName <me@example.org>", why=_DISPLAY, shipped=X),
    _valid("My Name <me@example.org>", why=_DISPLAY, shipped=X),
    Case("test_email_valid", r'"My.\"Na\\me\".Is" <"me \" \\ me"@example.org>', X, why=_QUOTED,
         shipped=X),
    # --- test_email_valid_intl_local_part (SMTPUTF8 is on by default)
    *(_valid(s, "test_email_valid_intl_local_part") for s in (
        "伊昭傑@郵件.商務", "राम@मोहन.ईन्फो", "юзер@екзампл.ком", "θσερ@εχαμπλε.ψομ", "葉士豪@臺網中心.tw",
        "葉士豪@臺網中心.台灣", "jeff葉@臺網中心.tw", "ñoñó@example.tld", "我買@example.tld",
        "甲斐黒川日本@example.tld", "чебурашкаящик-с-апельсинами.рф@example.tld",
        "उदाहरण.परीक्ष@domain.with.idn.tld", "ιωάννης@εεττ.gr", "＠@fullwidth.at")),
    _valid('"s\u0323\u0307" <s\u0323\u0307@nfc.tld>', "test_email_valid_intl_local_part",
           why=_DISPLAY, shipped=X),
    # --- test_email_valid_only_if_quoted_local_part: invalid by default
    *(Case("test_email_valid_only_if_quoted_local_part", s, X, why=_QUOTED) for s in (
        '"unnecessarily.quoted.local.part"@example.com', '"quoted..local.part"@example.com',
        '"quoted.with.at@"@example.com', '"quoted with space"@example.com',
        '"quoted.with.dquote\\""@example.com', '"unnecessarily.quoted.with.unicode.λ"@example.com',
        '"quoted.with..unicode.λ"@example.com', '"quoted.with.extraneous.\\escape"@example.com')),
    # --- test_domain_literal: valid only with allow_domain_literal=True
    Case("test_domain_literal", "me@[IPv6:0000:0000:0000:0000:0000:0000:0000:0001]", X,
         why=_LITERAL),
    # --- test_email_invalid_syntax
    *(_invalid(s) for s in (
        "hello.world", "hello＠world", "hello﹫world", "my@localhost", "my@.leadingdot.com",
        "my@．leadingfwdot.com", "my@twodots..com", "my@twofwdots．．.com", "my@trailingdot.com.",
        "my@trailingfwdot.com．", "me@-leadingdash", "me@－leadingdashfw", "me@trailingdash-",
        "me@trailingdashfw－", "my@baddash.-.com", "my@baddash.-a.com", "my@baddash.b-.com",
        "my@baddashfw.－.com", "my@baddashfw.－a.com", "my@baddashfw.b－.com", "my@example.com\n",
        "my@example\n.com", "me@x!", "me@x ", ".leadingdot@domain.com", "twodots..here@domain.com",
        "trailingdot.@domain.email", "me@⒈wouldbeinvalid.com", "me@\u037e.com", "me@\u1fef.com",
        "@example.com", "white space@test", "test@white space", "\nmy@example.com",
        "m\ny@example.com", "my\n@example.com", "me.\u037e@example.com", "test@\n",
        'bad"quotes"@example.com', 'obsolete."quoted".atom@example.com',
        f"me@{_AB4}.11111111112222222222333333333344444444445555555555.com",
        f"me@中{_AB4}.1111111111222222222233333333334444444444.com",
        f"me@\ufb2c{_AB4}.1111111111222222222233333333334444444444.com",
        "me@1111111111222222222233333333334444444444555555555666666666677777.com",
        "me@11111111112222222222333333333344444444445555555556666666666777777.com",
        "me@中111111111222222222233333333334444444444555555555666666.com",
        f"meme@{_AB4}.1111111111222222222233333333334444444444555555555.com",
        f"my.long.address@{_AB4}.11111111112222222222333333333344444.info",
        f"my.long.address@λ{_AB4[1:]}.1111111111222222222233333333334444.info",
        f"my.long.address@\ufb2c{_AB4[1:]}.1111111111222222222233333333334444.info",
        f"my.λong.address@{_AB4}.111111111122222222223333333333444.info",
        f"my.λong.address@{_AB4}.1111111111222222222233333333334444.info",
        f"my.\u0073\u0323\u0307.address@{_AB4}.1111111111222222222233333333334444.info",
        f"my.\ufb2c.address@{_AB4}.11111111112222222222333333333344444.info",
        f"my.\ufb2c.address@{_AB4}.11111111112222222222333333333344.info",
        f"my.long.address@λ{_AB4[1:]}.11111111112222222222333333.info",
        f"my.λong.address@λ{_AB4[1:]}.11111111112222222222333333.info",
        "me@bad-tld-1", "me@bad.tld-2", "me@xn--0.tld", "me@yy--0.tld", "me@yy－－0.tld",
        "me@[127.0.0.1]", "me@[127.0.0.999]", "me@[IPv6:::1]", "me@[IPv6:::G]", "me@[tag:text]",
        "me@[untaggedtext]", "me@[tag:invalid space]",
    )),
    # angle brackets and display names: the peer's messages say "not permitted here" for several,
    # because its test runs with display names off; with them on (our settings) the first two and
    # the plain names are one mailbox
    _valid("<me@example.com>", "test_email_invalid_syntax", why=_DISPLAY, shipped=X),
    _invalid("<me@example.com"),
    _invalid("<me@example.com> !"),
    _invalid("<\u0338me@example.com"),
    _invalid("DisplayName <me@-example.com>"),
    _valid("DisplayName <me@example.com>", "test_email_invalid_syntax", why=_DISPLAY, shipped=X),
    _valid("Display Name <me@example.com>", "test_email_invalid_syntax", why=_DISPLAY, shipped=X),
    _valid('"Display Name" <me@example.com>', "test_email_invalid_syntax", why=_DISPLAY,
           shipped=X),
    _invalid("Display.Name <me@example.com>"),
    _valid('"Display.Name" <me@example.com>', "test_email_invalid_syntax", why=_DISPLAY,
           shipped=X),
    # --- test_email_invalid_syntax_strict: valid unless strict=True
    *(_valid(s, "test_email_invalid_syntax_strict", why=_STRICT) for s in (
        "11111111112222222222333333333344444444445555555555666666666677777@example.com",
        "111111111122222222223333333333444444444455555555556666666666777777@example.com",
        "\ufb2c111111122222222223333333333444444444455555555556666666666777777@example.com")),
    # --- test_email_invalid_reserved_domain
    *(_invalid(s, "test_email_invalid_reserved_domain") for s in (
        "me@anything.arpa", "me@valid.invalid", "me@link.local", "me@host.localhost",
        "me@onion.onion.onion", "me@test.test.test")),
    # --- test_email_unsafe_character: the peer puts each character before "@test" and after
    # "test@" (test_environment=True); also written here at an ordinary domain, so that the
    # character and not the test domain decides
    *(_invalid(s + "@test", "test_email_unsafe_character", why=_TESTENV) for s in _UNSAFE),
    *(_invalid("test@" + s, "test_email_unsafe_character") for s in _UNSAFE),
    *(_invalid(s + "@example.com", "test_email_unsafe_character (at an ordinary domain)")
      for s in _UNSAFE),
    # --- test_email_invalid_character_smtputf8_off (the peer runs them with SMTPUTF8 off; by
    # default the first has a test domain and the second a quoted local part)
    _invalid("λambdaツ@test", "test_email_invalid_character_smtputf8_off", why=_TESTENV),
    Case("test_email_invalid_character_smtputf8_off", '"quoted.with..unicode.λ"@example.com', X,
         why=_QUOTED),
    # --- test_email_empty_local, test_email_test_domain_name_in_test_environment: options off
    _invalid("@test", "test_email_empty_local", why="allow_empty_local is off by default"),
    _invalid('""@test', "test_email_empty_local", why="allow_empty_local is off by default"),
    _invalid("anything@test", "test_email_test_domain_name_in_test_environment", why=_TESTENV),
    _invalid("anything@mycompany.test", "test_email_test_domain_name_in_test_environment",
             why=_TESTENV),
    _invalid("POSTMASTER@test", "test_case_insensitive_mailbox_name", why=_TESTENV),
)
