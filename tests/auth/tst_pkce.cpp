// PKCE and state generation: the RFC 7636 Appendix B vector, and the length,
// alphabet and entropy of verifiers and states.
#include "pkce.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestPkce : public QObject
{
    Q_OBJECT

private slots:
    void rfc7636AppendixB();
    void verifierAlphabetAndLength();
    void statesAreUniqueAndLongEnough();
};

void TestPkce::rfc7636AppendixB()
{
    QCOMPARE(cc::pkce::challengeS256(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
        QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void TestPkce::verifierAlphabetAndLength()
{
    static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    QSet<QChar> seen;
    for (int i = 0; i < 200; ++i) {
        const QString v = cc::pkce::makeVerifier();
        QVERIFY2(unreserved.match(v).hasMatch(), qPrintable(v));
        QCOMPARE(v.size(), 43); // 32 random bytes = 256 bits
        for (QChar c : v)
            seen.insert(c);
        QCOMPARE(cc::pkce::challengeS256(v).size(), 43);
    }
    // 200 × 43 characters from a CSPRNG cover nearly all of the 64 symbols.
    QVERIFY2(seen.size() >= 60, qPrintable(QString::number(seen.size())));
}

void TestPkce::statesAreUniqueAndLongEnough()
{
    QSet<QString> states;
    for (int i = 0; i < 1000; ++i) {
        const QString s = cc::pkce::makeState();
        QVERIFY(s.size() >= 22); // >= 128 bits in base64url
        states.insert(s);
    }
    QCOMPARE(states.size(), 1000);
    QVERIFY(cc::pkce::makeState(4).size() >= 22); // never below 128 bits
}

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
