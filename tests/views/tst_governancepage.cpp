// The governance tab on the sample mesh: the shipped policies copied to a folder of the user's,
// their violations grouped in the compliance view, a typo underlined where it stands and sent to
// the problems dock as it is typed, completion of view columns and mask types, saving without
// losing the text, a dataset as an analyst sees it, the violations following the catalog, and
// policies published by stewards in versions.
#include "models/catalog/catalogstore.h"
#include "models/core/problemmodel.h"
#include "models/core/settings.h"
#include "models/core/translations.h"
#include "models/federation/samplemesh.h"
#include "views/catalog/productpage.h"
#include "views/governance/governancepage.h"
#include "views/governance/policyeditor.h"
#include "views/governance/policyhighlighter.h"
#include "views/shell/documentarea.h"
#include "views/shell/mainwindow.h"

#include "tests/samplecatalog.h"
#include "tests/testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextLayout>
#include <QTimer>
#include <QTreeView>

using namespace Tessera;
using namespace Qt::StringLiterals;

class TestGovernancePage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> newWindow(Settings &settings)
    {
        auto window = std::make_unique<MainWindow>(settings);
        const QString path = m_dir.filePath(u"mesh.tessera"_s);
        if (!QFile::exists(path) && !TestSupport::writeSampleCatalog(path))
            return nullptr;
        if (!window->openCatalog(CatalogLocation::sqliteFile(path)))
            return nullptr;
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        Translations::install(*qApp, u"en"_s);
    }

    void studioAndCompliance()
    {
        Settings settings(m_dir.filePath(u"a.ini"_s));
        settings.setPolicyFolder(m_dir.filePath(u"policies"_s));
        QVERIFY(SampleMesh::copyPolicies(settings.policyFolder()).ok());
        auto window = newWindow(settings);
        QVERIFY(window);
        QAction *action = window->findChild<QAction *>(u"governanceAction"_s);
        QVERIFY(action);
        action->trigger();
        auto *page = qobject_cast<GovernancePage *>(window->documents()->currentPage());
        QVERIFY(page);
        // The catalog is copied on another thread; until then the files alone are checked.
        QVERIFY(page->isReadingCatalog());
        QVERIFY(page->findChild<QLabel *>(u"governanceSummary"_s)->text().contains(u"Reading the catalog"_s));
        QVERIFY(page->waitUntilDone());
        QAbstractItemModelTester complianceTester(page->compliance(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester maskTester(page->maskPreview(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(page->files().size(), 3);
        QVERIFY(page->diagnostics().isEmpty());
        QCOMPARE(page->compliance()->count(Severity::Error), 1);
        QVERIFY(page->compliance()->violations().size() >= 5);
        // Grouped by domain, Marketing (with the error) first; a violation explains itself.
        QCOMPARE(page->compliance()->index(0, 0).data().toString(), u"Marketing"_s);
        page->complianceView()->setCurrentIndex(page->compliance()->index(0, 0, page->compliance()->index(0, 0)));
        QVERIFY(page->detailsHtml().contains(u"Newsletter subscribers fails pii-columns"_s));

        // A typo in the condition: underlined at its place and in the problems dock, as it is typed.
        page->openFile(page->folder() + u"/standards.policy.yaml"_s);
        PolicyEditor *editor = page->editor();
        const QString original = editor->toPlainText();
        QTextCursor cursor = editor->document()->find(u"owner_team_id IS NOT NULL"_s);
        QVERIFY(!cursor.isNull());
        cursor.insertText(u"owner_tem_id IS NOT NULL"_s);
        QVERIFY(page->isModified());
        QTRY_COMPARE(page->diagnostics().size(), 1);
        const Error typo = page->diagnostics().first();
        QVERIFY2(typo.message.contains(u"no such column: owner_tem_id"_s), qPrintable(typo.toString()));
        QCOMPARE(typo.line, 10);
        QCOMPARE(typo.column, 16);
        QCOMPARE(editor->diagnostics().size(), 1);
        QCOMPARE(editor->extraSelections().size(), 1);
        QCOMPARE(editor->extraSelections().first().cursor.selectedText(), u"owner_tem_id"_s);
        QCOMPARE(window->problems()->rowCount(), 1);
        // Completion of the catalog's columns and the mask types.
        QVERIFY(PolicyEditor::completionWords().contains(u"owner_team_id"_s));
        QVERIFY(PolicyEditor::completionWords().contains(u"MASK_SHOW_LAST_4"_s));
        editor->moveCursor(QTextCursor::End);
        editor->insertPlainText(u"\n# MASK_SHOW_L"_s);
        QVERIFY(editor->complete());
        QCOMPARE(editor->completer()->currentCompletion(), u"MASK_SHOW_LAST_4"_s);
        Q_EMIT editor->completer()->activated(u"MASK_SHOW_LAST_4"_s);
        QVERIFY(editor->toPlainText().endsWith(u"# MASK_SHOW_LAST_4"_s));

        // Fixed and saved: the problem goes, the file holds the text.
        cursor = editor->document()->find(u"owner_tem_id"_s);
        cursor.insertText(u"owner_team_id"_s);
        page->evaluate();
        QVERIFY(page->isEvaluating()); // over the catalog on another thread
        QVERIFY(page->waitUntilDone());
        QVERIFY(page->diagnostics().isEmpty());
        QCOMPARE(window->problems()->rowCount(), 0);
        QVERIFY(page->save());
        QVERIFY(!page->isModified());
        QFile saved(page->currentFile());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(saved.readAll()), original + u"\n# MASK_SHOW_LAST_4"_s);
        saved.close();

        // A save that fails keeps the text.
        QFile::setPermissions(page->currentFile(), QFileDevice::ReadOwner);
        QFile::setPermissions(page->folder(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        editor->insertPlainText(u"\n# more"_s);
        if (!QFileInfo(page->currentFile()).isWritable()) { // not as root
            QVERIFY(!page->save());
            QVERIFY(page->isModified());
            QVERIFY(editor->toPlainText().endsWith(u"# more"_s));
        }
        QFile::setPermissions(page->folder(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QFile::setPermissions(page->currentFile(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        page->discardChanges();

        // The customers as an analyst sees them: personal data hashed, with the deciding rule.
        QVERIFY(page->showMasking(Role::Analyst, u"customer.customers"_s, u"customers"_s));
        QVERIFY(page->maskPreview()->maskedCount() >= 3);
        bool emailHashed = false;
        for (int r = 0; r < page->maskPreview()->rowCount(); ++r) {
            if (page->maskPreview()->index(r, MaskPreviewModel::NameColumn).data() == u"email"_s) {
                emailHashed = page->maskPreview()->index(r, MaskPreviewModel::MaskColumn).data() == u"MASK_HASH"_s
                    && !page->maskPreview()->index(r, MaskPreviewModel::SampleColumn).data().toString().contains(u'@');
            }
        }
        QVERIFY(emailHashed);
        QVERIFY(page->showMasking(Role::Steward, u"customer.customers"_s, u"customers"_s));
        QCOMPARE(page->maskPreview()->maskedCount(), 0);

        // The catalog changes: the product's rows in the views are made anew and the policies
        // evaluated again. Classifying the pii column as confidential mends the one error.
        const Violation error = *std::find_if(page->compliance()->violations().cbegin(), page->compliance()->violations().cend(),
                                              [](const Violation &v) {
                                                  return v.severity == Severity::Error;
                                              });
        Product product = window->store()->product(error.productId).value().value();
        bool reclassified = false;
        for (Dataset &d : product.datasets) {
            for (Column &c : d.columns) {
                if (c.tags.contains(u"pii"_s) && c.classification == Classification::Internal) {
                    c.classification = Classification::Confidential;
                    reclassified = true;
                }
            }
        }
        QVERIFY(reclassified);
        const qsizetype before = page->compliance()->violations().size();
        QVERIFY(window->store()->saveProduct(product).ok());
        QTRY_COMPARE(page->compliance()->count(Severity::Error), 0);
        QCOMPARE(page->compliance()->violations().size(), before - 1);
        // The trend's snapshot waits for the saves to settle.
        QVERIFY(page->trendTimer()->isActive());
        QCOMPARE(page->trendTimer()->interval(), GovernancePage::trendDelayMs);
    }

    // An evaluation stopped shows nothing of its results: the last finished stay, the summary says
    // so; asked for again, it runs to its end.
    void stoppingAnEvaluation()
    {
        Settings settings(m_dir.filePath(u"c.ini"_s));
        settings.setPolicyFolder(m_dir.filePath(u"stopped"_s));
        QVERIFY(SampleMesh::copyPolicies(settings.policyFolder()).ok());
        auto window = newWindow(settings);
        QVERIFY(window);
        GovernancePage *page = window->openGovernance();
        QVERIFY(page);
        QVERIFY(page->waitUntilDone());
        auto *stop = page->findChild<QAction *>(u"governanceStop"_s);
        QVERIFY(stop);
        QVERIFY(!stop->isEnabled());
        const QList<Violation> before = page->compliance()->violations();
        QVERIFY(!before.isEmpty());
        page->openFile(page->folder() + u"/standards.policy.yaml"_s);
        QVERIFY(page->waitUntilDone());
        // Every product fails a new rule; stopped, it is not shown.
        page->editor()->moveCursor(QTextCursor::End);
        page->editor()->insertPlainText(u"\n  - id: never\n    kind: standard\n    title: Never met\n    condition: 0\n"_s);
        page->evaluate();
        QVERIFY(page->isEvaluating());
        QVERIFY(stop->isEnabled());
        stop->trigger();
        QVERIFY(!stop->isEnabled());
        QVERIFY(page->findChild<QLabel *>(u"governanceSummary"_s)->text().contains(u"Stopped"_s));
        QVERIFY(page->waitUntilDone());
        QCOMPARE(page->compliance()->violations(), before);
        QVERIFY(page->findChild<QLabel *>(u"governanceSummary"_s)->text().contains(u"Stopped"_s));
        page->evaluate();
        QVERIFY(page->waitUntilDone());
        QCOMPARE(page->compliance()->violations().size(), before.size() + window->store()->productSummaries().value().size());
        QVERIFY(!page->findChild<QLabel *>(u"governanceSummary"_s)->text().contains(u"Stopped"_s));
        // Grouped anew on another thread, all groups open (few violations).
        auto *grouping = page->findChild<QComboBox *>(u"governanceGrouping"_s);
        grouping->setCurrentIndex(grouping->findData(int(ComplianceModel::Grouping::Product)));
        QTRY_COMPARE(page->compliance()->grouping(), ComplianceModel::Grouping::Product);
        QCOMPARE(page->compliance()->rowCount(), window->store()->productSummaries().value().size());
        QVERIFY(page->complianceView()->isExpanded(page->compliance()->index(0, 0)));
        page->discardChanges();
    }

    // Conditions are highlighted as SQL, on their line or in a block; nothing else is.
    void conditionsHighlightedAsSql()
    {
        PolicyEditor editor;
        const QStringList lines{u"policies:"_s,
                                u"  - id: a"_s,
                                u"    title: SELECT this is a title"_s,
                                u"    condition: owner_team_id IS NOT NULL"_s,
                                u"  - id: b"_s,
                                u"    rules:"_s,
                                u"      - condition: \"length(description) > 0\""_s,
                                u"    condition: |"_s,
                                u"      NOT EXISTS (SELECT 1 FROM columns c"_s,
                                u"                  WHERE c.product_id = id)"_s,
                                u"    message: AND this is a message"_s,
                                u"    description: |"_s,
                                u"      SELECT nothing here"_s};
        editor.setPlainText(lines.join(u'\n'));
        QTextDocument *doc = editor.document();
        auto range = [doc](int line) {
            return PolicyHighlighter::sqlRange(doc->findBlockByNumber(line));
        };
        using Range = std::pair<int, int>;
        QCOMPARE(range(2), Range(-1, -1));
        QCOMPARE(range(3), Range(int(lines.at(3).indexOf(u"owner"_s)), int(lines.at(3).size()) - 1));
        QCOMPARE(range(6), Range(int(lines.at(6).indexOf(u"length"_s)), int(lines.at(6).size()) - 2)); // without quotes
        QCOMPARE(range(7), Range(-1, -1));
        QCOMPARE(range(8), Range(6, int(lines.at(8).size()) - 1));
        QCOMPARE(range(9), Range(18, int(lines.at(9).size()) - 1));
        QCOMPARE(range(10), Range(-1, -1));
        QCOMPARE(range(12), Range(-1, -1));

        // SELECT is a keyword in the condition, plain text in the title and the description.
        auto formatAt = [doc](int line, const QString &word) {
            const QTextBlock block = doc->findBlockByNumber(line);
            const int at = int(block.text().indexOf(word));
            for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
                if (r.start <= at && at < r.start + r.length)
                    return r.format;
            }
            return QTextCharFormat();
        };
        const QTextCharFormat keyword = formatAt(8, u"SELECT"_s);
        QVERIFY(keyword.foreground() != formatAt(12, u"SELECT"_s).foreground()
                || keyword.fontWeight() != formatAt(12, u"SELECT"_s).fontWeight());
        QVERIFY(keyword.foreground() != formatAt(2, u"SELECT"_s).foreground()
                || keyword.fontWeight() != formatAt(2, u"SELECT"_s).fontWeight());
        QCOMPARE(formatAt(8, u"EXISTS"_s), keyword);
    }

    // Stewards publish a file as its next version; the Published tab lists the versions with
    // what each changed; product pages then judge by the published policies.
    void publishing()
    {
        Settings settings(m_dir.filePath(u"b.ini"_s));
        settings.setPolicyFolder(m_dir.filePath(u"published"_s));
        QVERIFY(SampleMesh::copyPolicies(settings.policyFolder()).ok());
        auto window = newWindow(settings);
        QVERIFY(window);
        window->setRole(Role::Analyst);
        GovernancePage *page = window->openGovernance();
        QVERIFY(page);
        QVERIFY(page->waitUntilDone());
        QAbstractItemModelTester tester(page->versions(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        page->openFile(page->folder() + u"/quality.policy.yaml"_s);
        auto *publishAction = page->findChild<QAction *>(u"governancePublish"_s);
        QVERIFY(publishAction);
        QVERIFY(!publishAction->isEnabled());
        QVERIFY(!page->publish(u"Not mine to publish"_s));
        QCOMPARE(page->versions()->rowCount(), 0);
        auto *note = page->findChild<QLabel *>(u"publishedNote"_s);
        QVERIFY(note->text().contains(u"never been published"_s));

        window->setRole(Role::Steward);
        QVERIFY(publishAction->isEnabled());
        const auto first = page->publish(u"The quality rules"_s);
        QVERIFY2(first, first ? "" : qPrintable(first.error().toString()));
        QCOMPARE(first->version, 1);
        QCOMPARE(page->versions()->rowCount(), 1);
        QVERIFY2(note->text().contains(u"Version 1 of quality.policy.yaml is in force"_s), qPrintable(note->text()));

        // An edit: the note says the file differs; published (saved first), version 2 lists it.
        page->editor()->moveCursor(QTextCursor::End);
        page->editor()->insertPlainText(u"# reviewed by the stewards\n"_s);
        page->evaluate();
        QVERIFY(page->waitUntilDone());
        QVERIFY2(note->text().contains(u"+1 −0"_s), qPrintable(note->text()));
        const auto second = page->publish(u"Reviewed"_s);
        QVERIFY(second);
        QCOMPARE(second->version, 2);
        QVERIFY(!page->isModified());
        QCOMPARE(page->versions()->rowCount(), 2);
        QCOMPARE(page->versions()->index(0, PolicyVersionModel::NoteColumn).data().toString(), u"Reviewed"_s);
        const QString changes = page->findChild<QTextBrowser *>(u"policyVersionChanges"_s)->toPlainText();
        QVERIFY2(changes.contains(u"reviewed by the stewards"_s), qPrintable(changes));
        QCOMPARE(window->store()->auditLog(u"quality.policy.yaml"_s).value().size(), 2);
        // Each publication changed the policies in force: a point of the trend each (taken on
        // another thread).
        QVERIFY(page->waitUntilDone());
        QAbstractItemModelTester trendTester(page->trend(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(page->trend()->rowCount(), 2);
        QCOMPARE(page->trend()->index(0, ComplianceTrendModel::PoliciesColumn).data().toString(), u"quality.policy.yaml@2"_s);

        // A product page judges by what is published now (the quality policies alone here).
        ProductPage *product = window->openProduct(u"sales.orders"_s);
        QVERIFY(product);
        product->showSection(ProductPage::PoliciesSection);
        auto *policies = product->findChild<QTextBrowser *>(u"policiesView"_s);
        QVERIFY2(policies->toolTip().contains(u"quality.policy.yaml version 2"_s), qPrintable(policies->toolTip()));
    }
};

QTEST_MAIN(TestGovernancePage)
#include "tst_governancepage.moc"
