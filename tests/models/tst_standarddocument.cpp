// The standards' own example and invalid documents, read and checked against the official schemas.
#include "models/formats/standarddocument.h"
#include "tests/support/standardsdir.h"

#include <QDirIterator>
#include <QTest>

using namespace Tessera;

class TestStandardDocument : public QObject
{
    Q_OBJECT

    static void addFiles(const QString &folder)
    {
        QTest::addColumn<QString>("path");
        const QString dir = TestSupport::standardsDir() + QLatin1Char('/') + folder;
        QStringList files = QDir(dir).entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files, QDir::Name);
        for (const QString &file : std::as_const(files))
            QTest::newRow(qPrintable(file)) << QDir(dir).filePath(file);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QTest::failOnWarning();
        if (!QFileInfo::exists(TestSupport::standardsDir() + QLatin1String("/odcs")))
            QSKIP(qPrintable(QStringLiteral("the standards' documents are not here (%1); they come with the shared folder "
                                            "beside the checkout")
                                 .arg(TestSupport::standardsDir())));
    }

    void examplesAreValid_data() { addFiles(QStringLiteral("odcs/examples")); }
    void examplesAreValid()
    {
        QFETCH(QString, path);
        const auto document = Standards::read(path);
        QVERIFY2(document.ok(), qPrintable(document.ok() ? QString() : document.error().toString()));
        QCOMPARE(document->kind, StandardDocument::Kind::OdcsContract);
        const QList<Error> errors = Standards::validate(document.value()).errors;
        QStringList lines;
        for (const Error &e : errors)
            lines << e.toString();
        QVERIFY2(errors.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
    }

    void invalidDocumentsAreRejectedWithFieldAndPlace_data() { addFiles(QStringLiteral("odcs/invalid")); }
    void invalidDocumentsAreRejectedWithFieldAndPlace()
    {
        QFETCH(QString, path);
        const auto document = Standards::read(path);
        QList<Error> errors;
        if (!document)
            errors << document.error();
        else
            errors = Standards::validate(document.value()).errors;
        QVERIFY2(!errors.isEmpty(), "an invalid document passed");
        for (const Error &e : std::as_const(errors)) {
            qInfo("%s", qPrintable(QFileInfo(e.file).fileName() + e.toString().mid(e.file.size())));
            QCOMPARE(e.file, path);
            QVERIFY2(e.line > 0 && e.column > 0, qPrintable(e.toString()));
            QVERIFY2(!e.field.isEmpty(), qPrintable(e.toString()));
        }
    }

    void versionMismatchIsAWarning()
    {
        const auto document = Standards::read(TestSupport::standardsDir()
                                              + QLatin1String("/odcs/examples/stakeholders--basic-four-dpo.odcs.yaml"));
        QVERIFY(document.ok());
        const auto validation = Standards::validate(document.value());
        QVERIFY(validation.ok());
        QCOMPARE(validation.warnings.size(), 1);
        QCOMPARE(validation.warnings.first().field, QStringLiteral("apiVersion"));
        QCOMPARE(validation.warnings.first().line, 2);
    }

    void recognisesByContent_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<StandardDocument::Kind>("kind");
        QTest::newRow("odcs") << QByteArray("apiVersion: v3.1.0\nkind: DataContract\nid: x\nversion: 1.0.0\nstatus: active\n")
                              << StandardDocument::Kind::OdcsContract;
        QTest::newRow("odps") << QByteArray("apiVersion: v1.0.0\nkind: DataProduct\nid: x\nstatus: active\n")
                              << StandardDocument::Kind::OdpsProduct;
        QTest::newRow("dpds") << QByteArray("dataProductDescriptor: 1.0.0\ninfo: {}\n") << StandardDocument::Kind::DpdsDescriptor;
    }
    void recognisesByContent()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(StandardDocument::Kind, kind);
        const auto document = Standards::parse(yaml, QStringLiteral("x.yaml"));
        QVERIFY(document.ok());
        QCOMPARE(document->kind, kind);
    }

    void unknownContentIsRefused()
    {
        const auto document = Standards::parse("hello: world\n", QStringLiteral("x.yaml"));
        QVERIFY(!document.ok());
        QCOMPARE(document.error().line, 1);
        QVERIFY(document.error().message.contains(QLatin1String("DataContract")));
    }
};

QTEST_GUILESS_MAIN(TestStandardDocument)
#include "tst_standarddocument.moc"
