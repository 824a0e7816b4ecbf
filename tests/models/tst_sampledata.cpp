// Sample data as the preview sandbox reads it: CSV by RFC 4180 and its edge cases (quotes, line
// breaks in fields, a byte order mark, ragged rows, invalid UTF-8, the three delimiters), type
// inference, bad rows skipped with their lines or stopping the load, JSON lines and a SQLite
// table; and a failed load changes nothing.
#include "models/preview/previewsandbox.h"
#include "models/preview/sampledata.h"

#include "tests/testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Tessera;
using namespace Qt::StringLiterals;

class TestSampleData : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QList<QVariantList> all(PreviewSandbox &sandbox, const QString &sql)
    {
        const auto result = sandbox.run(sql);
        if (!result)
            qFatal("%s: %s", qPrintable(sql), qPrintable(result.error().toString()));
        return sandbox.fetch(result->id, 0, 1000).value();
    }

    static QList<QStringList> scan(const QByteArray &csv, char delimiter = 0, QStringList *errors = nullptr)
    {
        CsvScanner scanner(csv, delimiter);
        QVarLengthArray<CsvScanner::Field, 16> fields;
        QString problem;
        QList<QStringList> records;
        while (scanner.next(fields, &problem)) {
            if (!problem.isEmpty()) {
                if (errors)
                    *errors << u"%1: %2"_s.arg(scanner.line()).arg(problem);
                problem.clear();
                continue;
            }
            QStringList record;
            for (const auto &f : fields)
                record << (f.isNull() ? u"<null>"_s : QString::fromUtf8(f.bytes));
            records << record;
        }
        return records;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::failOnWarnings();
        QVERIFY(m_dir.isValid());
    }

    void csvRecords_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QList<QStringList>>("records");
        using R = QList<QStringList>;
        QTest::newRow("plain") << "a,b\n1,2\n"_ba << R{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
        QTest::newRow("crlf and no final break")
            << "a,b\r\n1,2\r\n3,4"_ba << R{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}};
        QTest::newRow("quoted delimiter") << "a,b\n\"x,y\",2\n"_ba << R{{u"a"_s, u"b"_s}, {u"x,y"_s, u"2"_s}};
        QTest::newRow("doubled quotes") << "a\n\"say \"\"hi\"\"\"\n"_ba << R{{u"a"_s}, {u"say \"hi\""_s}};
        QTest::newRow("line breaks in a field")
            << "a,b\n\"one\ntwo\r\nthree\",2\n"_ba << R{{u"a"_s, u"b"_s}, {u"one\ntwo\r\nthree"_s, u"2"_s}};
        QTest::newRow("byte order mark") << "\xEF\xBB\xBFid,n\n1,2\n"_ba << R{{u"id"_s, u"n"_s}, {u"1"_s, u"2"_s}};
        QTest::newRow("empty is null, quoted empty is text")
            << "a,b,c\n,\"\",x\n"_ba << R{{u"a"_s, u"b"_s, u"c"_s}, {u"<null>"_s, u""_s, u"x"_s}};
        QTest::newRow("blank lines skipped") << "a\n\n1\n\r\n2\n"_ba << R{{u"a"_s}, {u"1"_s}, {u"2"_s}};
        QTest::newRow("semicolons") << "a;b\n1,5;2\n"_ba << R{{u"a"_s, u"b"_s}, {u"1,5"_s, u"2"_s}};
        QTest::newRow("tabs") << "a\tb\n1\t2\n"_ba << R{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
        QTest::newRow("trailing delimiter") << "a,b\n1,\n"_ba << R{{u"a"_s, u"b"_s}, {u"1"_s, u"<null>"_s}};
        QTest::newRow("many escaped fields")
            << "a,b,c\n\"\"\"1\"\"\",\"2\"\"\",\"\"\"3\"\n"_ba << R{{u"a"_s, u"b"_s, u"c"_s}, {u"\"1\""_s, u"2\""_s, u"\"3"_s}};
    }

    void csvRecords()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QList<QStringList>, records);
        QStringList errors;
        QCOMPARE(scan(csv, 0, &errors), records);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u"; "_s)));
    }

    // Rows go in with the types the first records suggest while the rest of the file is read; a
    // value far down that the guess does not fit makes the rows go in again with the right type.
    void typesFromTheWholeFile()
    {
        QByteArray csv = "n,late,empty_first\n";
        for (int i = 1; i <= 30'000; ++i)
            csv += QByteArray::number(i) + ',' + QByteArray::number(i % 7) + ','
                + (i > 25'000 ? QByteArray::number(i) : QByteArray()) + '\n';
        csv += "30001,x7,2.5\n";
        const QString path = m_dir.filePath(u"late.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        PreviewSandbox sandbox;
        const auto loaded = sandbox.load(path);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->rows, 30'001);
        QCOMPARE(loaded->columns.at(0).type, ValueType::Integer);
        QCOMPARE(loaded->columns.at(1).type, ValueType::Text); // x7 on the last line
        QCOMPARE(loaded->columns.at(2).type, ValueType::Real); // empty in the first records
        QCOMPARE(all(sandbox,
                     u"SELECT typeof(n), typeof(late), typeof(empty_first), count(*) FROM late "
                     "WHERE n IN (1, 30000, 30001) GROUP BY 1, 2, 3"_s),
                 (QList<QVariantList>{{u"integer"_s, u"text"_s, u"null"_s, qint64(1)},
                                      {u"integer"_s, u"text"_s, u"real"_s, qint64(2)}}));
        QCOMPARE(all(sandbox, u"SELECT sum(n), max(late) FROM late"_s),
                 (QList<QVariantList>{{qint64(30001) * 30002 / 2, u"x7"_s}}));
    }

    // The sandbox's load keeps where the first pass found each field, unescaped copies included,
    // and inserts from that: the rows must be the records the scanner reads.
    void sandboxLoadsTheRecords_data() { csvRecords_data(); }

    void sandboxLoadsTheRecords()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QList<QStringList>, records);
        const QString path
            = m_dir.filePath(u"records_%1.csv"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        PreviewSandbox sandbox;
        const auto loaded = sandbox.load(path);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QList<QStringList> rows;
        for (const QVariantList &row : all(sandbox, u"SELECT * FROM \"%1\""_s.arg(loaded->table))) {
            QStringList cells;
            for (const QVariant &v : row)
                cells << (v.isValid() ? v.toString() : u"<null>"_s);
            rows << cells;
        }
        QCOMPARE(rows, records.mid(1));
    }

    void malformedRecordsAreNamedByLine()
    {
        QStringList errors;
        const auto records = scan("a,b\n1,2\n\"x\"y,3\n4,5\n\"open,6\n7,8\n"_ba, 0, &errors);
        QCOMPARE(records.size(), 3); // the header, "1,2" and "4,5"
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.at(0).startsWith(u"3: text after the closing quote"_s), qPrintable(errors.at(0)));
        QVERIFY2(errors.at(1).startsWith(u"5: a quoted field is not closed"_s), qPrintable(errors.at(1)));
    }

    void linesCountInsideQuotedFields()
    {
        CsvScanner scanner("a,b\n\"1\n2\n3\",x\nlast,y\n"_ba);
        QVarLengthArray<CsvScanner::Field, 16> fields;
        QString problem;
        QVERIFY(scanner.next(fields, &problem));
        QVERIFY(scanner.next(fields, &problem));
        QCOMPARE(scanner.line(), 2);
        QVERIFY(scanner.next(fields, &problem));
        QCOMPARE(scanner.line(), 5);
        QCOMPARE(QString::fromUtf8(fields.at(0).bytes), u"last"_s);
    }

    void valuesFitTypes_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("fits"); // the types it fits, in ValueType order
        QTest::newRow("integer") << "42"_ba << u"integer real"_s;
        QTest::newRow("negative") << "-7"_ba << u"integer real"_s;
        QTest::newRow("leading zero") << "007"_ba << u""_s;
        QTest::newRow("zero") << "0"_ba << u"integer real"_s;
        QTest::newRow("int64 overflow") << "99999999999999999999"_ba << u"real"_s;
        QTest::newRow("decimal") << "3.25"_ba << u"real"_s;
        QTest::newRow("exponent") << "1e-3"_ba << u"real"_s;
        QTest::newRow("inf is text") << "inf"_ba << u""_s;
        QTest::newRow("boolean") << "TRUE"_ba << u"boolean"_s;
        QTest::newRow("yes") << "yes"_ba << u"boolean"_s;
        QTest::newRow("date") << "2026-11-21"_ba << u"date timestamp"_s;
        QTest::newRow("not a date") << "2026-02-30"_ba << u""_s;
        QTest::newRow("timestamp") << "2026-11-21T10:15:00Z"_ba << u"timestamp"_s;
        QTest::newRow("timestamp space offset") << "2026-11-21 10:15:00.123+01:00"_ba << u"timestamp"_s;
        QTest::newRow("bad hour") << "2026-11-21T25:00"_ba << u""_s;
        QTest::newRow("text") << "Zürich"_ba << u""_s;
    }

    void valuesFitTypes()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, fits);
        QStringList got;
        for (ValueType t : {ValueType::Boolean, ValueType::Integer, ValueType::Real, ValueType::Date, ValueType::Timestamp}) {
            if (SampleData::fits(value, t))
                got << SampleData::typeName(t);
        }
        QCOMPARE(got.join(u' '), fits);
    }

    void utf8IsChecked_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ascii") << "plain text, long enough for the fast path"_ba << true;
        QTest::newRow("umlaut") << "M\xC3\xBCller"_ba << true;
        QTest::newRow("emoji") << "\xF0\x9F\x98\x80"_ba << true;
        QTest::newRow("lone continuation") << "a\x80"_ba << false;
        QTest::newRow("overlong slash") << "\xC0\xAF"_ba << false;
        QTest::newRow("surrogate") << "\xED\xA0\x80"_ba << false;
        QTest::newRow("cut off") << "abc\xE2\x82"_ba << false;
        QTest::newRow("latin-1") << "caf\xE9"_ba << false;
    }

    void utf8IsChecked()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QCOMPARE(SampleData::isUtf8(bytes), valid);
    }

    void identifiersAreSafe()
    {
        QCOMPARE(SampleData::identifier(u"order date"_s, {}), u"order_date"_s);
        QCOMPARE(SampleData::identifier(u"x\"; DROP TABLE t; --"_s, {}), u"x___DROP_TABLE_t____"_s);
        QCOMPARE(SampleData::identifier(u"2024"_s, {}), u"_2024"_s);
        QCOMPARE(SampleData::identifier(u"Größe"_s, {}), u"Größe"_s);
        QCOMPARE(SampleData::identifier(u""_s, {}), u"column"_s);
        QCOMPARE(SampleData::identifier(u"sqlite_master"_s, {}), u"_sqlite_master"_s);
        QCOMPARE(SampleData::identifier(u"id"_s, {u"ID"_s, u"id_2"_s}), u"id_3"_s);
        QCOMPARE(SampleData::identifier(u"a\u202Eb"_s, {}), u"a_b"_s); // a bidi override is not a letter
    }

    void csvLoadsWithTypes()
    {
        const QString path = write(u"orders.csv"_s,
                                   "\xEF\xBB\xBFid;amount;paid;day;at;note;code\r\n"
                                   "1;10.5;true;2026-11-01;2026-11-01T10:00:00Z;\"a; b\";007\r\n"
                                   "2;;false;2026-11-02;2026-11-02;\"line\nbreak\";012\r\n"
                                   "3;7;TRUE;;2026-11-03 08:30;plain;100\r\n"_ba);
        PreviewSandbox sandbox;
        const auto loaded = sandbox.load(path);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->table, u"orders"_s);
        QCOMPARE(loaded->rows, 3);
        QCOMPARE(loaded->skipped, 0);
        QStringList types;
        for (const SampleColumn &c : loaded->columns)
            types << c.name + u':' + SampleData::typeName(c.type);
        QCOMPARE(types,
                 QStringList({u"id:integer"_s, u"amount:real"_s, u"paid:boolean"_s, u"day:date"_s, u"at:timestamp"_s,
                              u"note:text"_s, u"code:text"_s}));
        const auto rows
            = all(sandbox, u"SELECT typeof(id), amount, paid, day, note, code, typeof(amount) FROM orders ORDER BY id"_s);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).at(0).toString(), u"integer"_s);
        QCOMPARE(rows.at(0).at(1).toDouble(), 10.5);
        QCOMPARE(rows.at(0).at(2).toLongLong(), 1);
        QCOMPARE(rows.at(1).at(2).toLongLong(), 0);
        QCOMPARE(rows.at(0).at(4).toString(), u"a; b"_s);
        QCOMPARE(rows.at(1).at(4).toString(), u"line\nbreak"_s);
        QCOMPARE(rows.at(0).at(5).toString(), u"007"_s); // codes keep their zeros
        QVERIFY(!rows.at(1).at(1).isValid()); // an empty field is null
        QCOMPARE(rows.at(2).at(6).toString(), u"real"_s);
        QVERIFY(!rows.at(2).at(3).isValid());
    }

    void awkwardHeadersBecomeIdentifiers()
    {
        const QString path = write(u"my data-2024.csv"_s, "Order ID,order id,\"x\"\"y\",\n1,2,3,4\n"_ba);
        PreviewSandbox sandbox;
        const auto loaded = sandbox.load(path);
        QVERIFY(loaded);
        QCOMPARE(loaded->table, u"my_data_2024"_s);
        QStringList ids;
        for (const SampleColumn &c : loaded->columns)
            ids << c.identifier;
        QCOMPARE(ids, QStringList({u"Order_ID"_s, u"order_id_2"_s, u"x_y"_s, u"column"_s}));
        QCOMPARE(all(sandbox, u"SELECT order_id_2 + x_y FROM my_data_2024"_s).value(0).value(0).toLongLong(), 5);
    }

    void badRowsAreSkippedWithTheirLines()
    {
        const QString path = write(u"ragged.csv"_s, "a,b\n1,2\n3\n4,5,6\n\"x\xff\",7\n8,9\n\"unclosed,10\n"_ba);
        PreviewSandbox sandbox;
        const auto loaded = sandbox.load(path);
        QVERIFY(loaded);
        QCOMPARE(loaded->rows, 2);
        QCOMPARE(loaded->skipped, 4);
        QList<qsizetype> lines;
        for (const BadRow &b : loaded->badRows)
            lines << b.line;
        QCOMPARE(lines, QList<qsizetype>({3, 4, 5, 7}));
        QVERIFY2(loaded->badRows.at(0).message.contains(u"1 field"_s), qPrintable(loaded->badRows.at(0).message));
        QVERIFY2(loaded->badRows.at(2).message.contains(u"UTF-8"_s), qPrintable(loaded->badRows.at(2).message));
        QVERIFY2(loaded->badRows.at(3).message.contains(u"not closed"_s), qPrintable(loaded->badRows.at(3).message));
        QCOMPARE(all(sandbox, u"SELECT sum(a) FROM ragged"_s).value(0).value(0).toLongLong(), 9);
    }

    void badRowsCanStopTheLoadAndNothingChanges()
    {
        PreviewSandbox sandbox;
        const QString good = write(u"people.csv"_s, "id,name\n1,Ann\n"_ba);
        QVERIFY(sandbox.load(good));
        // The same table again, now with a bad row and "stop": the first version stays.
        const QString bad = write(u"people-v2.csv"_s, "id,name\n2,Ben\n3\n"_ba);
        LoadOptions options;
        options.table = u"people"_s;
        options.badRows = BadRows::Stop;
        const auto refused = sandbox.load(bad, options);
        QVERIFY(!refused);
        QCOMPARE(refused.error().file, bad);
        QCOMPARE(refused.error().line, 3);
        QVERIFY2(refused.error().message.contains(u"1 field"_s), qPrintable(refused.error().toString()));
        QCOMPARE(all(sandbox, u"SELECT name FROM people"_s), QList<QVariantList>({{u"Ann"_s}}));
        QCOMPARE(sandbox.tables(), QStringList{u"people"_s});
    }

    void emptyAndMissingFilesAreRefused()
    {
        PreviewSandbox sandbox;
        const auto empty = sandbox.load(write(u"empty.csv"_s, QByteArray()));
        QVERIFY(!empty);
        QVERIFY2(empty.error().message.contains(u"empty"_s), qPrintable(empty.error().toString()));
        QVERIFY(!sandbox.load(m_dir.filePath(u"nothing-here.csv"_s)));
        LoadOptions small;
        small.maxBytes = 4;
        const auto big = sandbox.load(write(u"big.csv"_s, "a,b\n1,2\n"_ba), small);
        QVERIFY(!big);
        QVERIFY2(big.error().message.contains(u"over 4 bytes"_s), qPrintable(big.error().toString()));
        QVERIFY(sandbox.tables().isEmpty());
    }

    void jsonLinesLoad()
    {
        const QString path = write(u"events.jsonl"_s,
                                   "{\"id\": 1, \"kind\": \"click\", \"at\": \"2026-11-21T10:00:00Z\", \"ok\": true}\n"
                                   "\n"
                                   "{\"id\": 2, \"kind\": \"view\", \"score\": 0.5, \"tags\": [\"a\", \"b\"], \"ok\": false}\n"
                                   "[1, 2]\n"
                                   "{\"id\": 3, \"kind\": null, \"score\": 2}\n"
                                   "{\"id\": \n"_ba);
        PreviewSandbox sandbox;
        const auto loaded = sandbox.load(path);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->rows, 3);
        QCOMPARE(loaded->skipped, 2);
        QCOMPARE(loaded->badRows.at(0).line, 4);
        QCOMPARE(loaded->badRows.at(1).line, 6);
        QStringList types;
        for (const SampleColumn &c : loaded->columns)
            types << c.name + u':' + SampleData::typeName(c.type);
        QCOMPARE(
            types,
            QStringList({u"id:integer"_s, u"kind:text"_s, u"at:timestamp"_s, u"ok:boolean"_s, u"score:real"_s, u"tags:text"_s}));
        const auto rows = all(sandbox, u"SELECT json_extract(tags, '$[1]'), score FROM events WHERE id = 2"_s);
        QCOMPARE(rows.value(0).value(0).toString(), u"b"_s);
        QCOMPARE(rows.value(0).value(1).toDouble(), 0.5);

        LoadOptions stop;
        stop.badRows = BadRows::Stop;
        const auto refused = sandbox.load(path, stop);
        QVERIFY(!refused);
        QCOMPARE(refused.error().line, 4);
    }

    void sqliteTableLoads()
    {
        const QString path = m_dir.filePath(u"shop.sqlite"_s);
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db,
                              "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT, price DECIMAL(8,2), added DATE);"
                              "INSERT INTO items VALUES (1, 'pen', 1.5, '2026-01-02'), (2, 'ink', 7, NULL);"
                              "CREATE TABLE other (x);"
                              "CREATE TRIGGER t AFTER INSERT ON other BEGIN SELECT 1; END;",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        PreviewSandbox sandbox;
        const auto ambiguous = sandbox.load(path);
        QVERIFY(!ambiguous);
        QVERIFY2(ambiguous.error().message.contains(u"items, other"_s), qPrintable(ambiguous.error().toString()));
        LoadOptions options;
        options.sqliteTable = u"ITEMS"_s;
        const auto loaded = sandbox.load(path, options);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->table, u"shop"_s);
        QCOMPARE(loaded->rows, 2);
        QCOMPARE(loaded->columns.at(2).type, ValueType::Real);
        QCOMPARE(loaded->columns.at(3).type, ValueType::Date);
        QCOMPARE(all(sandbox, u"SELECT sum(price) FROM shop"_s).value(0).value(0).toDouble(), 8.5);
        options.sqliteTable = u"nope"_s;
        QVERIFY(!sandbox.load(path, options));
        const auto notSqlite = sandbox.load(write(u"fake.db"_s, "this is not a database file at all, not even close"_ba));
        QVERIFY(!notSqlite);
    }
};

QTEST_GUILESS_MAIN(TestSampleData)
#include "tst_sampledata.moc"
