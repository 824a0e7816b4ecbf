<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Tessera::Badges</name>
    <message numerus="yes">
        <source>%n unchanged line(s)</source>
        <translation>
            <numerusform>%n unchanged line</numerusform>
            <numerusform>%n unchanged lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::CatalogTreeModel</name>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Cli</name>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n file checked</numerusform>
            <numerusform>%n files checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n file(s) have problems.</source>
        <translation>
            <numerusform>Nothing was imported: %n file has problems.</numerusform>
            <numerusform>Nothing was imported: %n files have problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n product(s) into %1</source>
        <translation>
            <numerusform>Imported %n product into %1</numerusform>
            <numerusform>Imported %n products into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n node(s), %2 edge(s)</source>
        <translation>
            <numerusform>%1: %n node, %2 edge(s)</numerusform>
            <numerusform>%1: %n nodes, %2 edge(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) downstream:</source>
        <translation>
            <numerusform>%n product downstream:</numerusform>
            <numerusform>%n products downstream:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s) downstream:</source>
        <translation>
            <numerusform>%n dataset downstream:</numerusform>
            <numerusform>%n datasets downstream:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ingested %n event(s)</source>
        <translation>
            <numerusform>Ingested %n event</numerusform>
            <numerusform>Ingested %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 new, %2 already known; %n run(s) updated.</source>
        <translation>
            <numerusform>%1 new, %2 already known; %n run updated.</numerusform>
            <numerusform>%1 new, %2 already known; %n runs updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) rejected (see above).</source>
        <translation>
            <numerusform>%n event rejected (see above).</numerusform>
            <numerusform>%n events rejected (see above).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies)</source>
        <translation>
            <numerusform>%n policy</numerusform>
            <numerusform>%n policies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n product(s)</source>
        <translation>
            <numerusform>over %n product</numerusform>
            <numerusform>over %n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>%n violation</numerusform>
            <numerusform>%n violations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the policies</source>
        <translation>
            <numerusform>%n problem in the policies</numerusform>
            <numerusform>%n problems in the policies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln row(s)</source>
        <translation>
            <numerusform>(%Ln row</numerusform>
            <numerusform>(%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::ColumnTraceModel</name>
    <message numerus="yes">
        <source>%n hop(s) upstream</source>
        <translation>
            <numerusform>%n hop upstream</numerusform>
            <numerusform>%n hops upstream</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s) downstream</source>
        <translation>
            <numerusform>%n hop downstream</numerusform>
            <numerusform>%n hops downstream</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::FacetModel</name>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::GovernancePage</name>
    <message numerus="yes">
        <source>%n policy(ies)</source>
        <translation>
            <numerusform>%n policy</numerusform>
            <numerusform>%n policies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) in %1 products</source>
        <translation>
            <numerusform>%n violation in %1 products</numerusform>
            <numerusform>%n violations in %1 products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the policy files</source>
        <translation>
            <numerusform>%n problem in the policy files</numerusform>
            <numerusform>%n problems in the policy files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::ImpactModel</name>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n dataset</numerusform>
            <numerusform>%n datasets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n product(s)</source>
        <translation>
            <numerusform>in %n product</numerusform>
            <numerusform>in %n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n team(s)</source>
        <translation>
            <numerusform>of %n team</numerusform>
            <numerusform>of %n teams</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::JsonSchema</name>
    <message numerus="yes">
        <source>must have at least %n character(s)</source>
        <translation>
            <numerusform>must have at least %n character</numerusform>
            <numerusform>must have at least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must have at most %n character(s)</source>
        <translation>
            <numerusform>must have at most %n character</numerusform>
            <numerusform>must have at most %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs at least %n entry(s)</source>
        <translation>
            <numerusform>needs at least %n entry</numerusform>
            <numerusform>needs at least %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>may have at most %n entry(s)</source>
        <translation>
            <numerusform>may have at most %n entry</numerusform>
            <numerusform>may have at most %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::LineageCanvas</name>
    <message numerus="yes">
        <source>Domain · %n node(s)</source>
        <translation>
            <numerusform>Domain · %n node</numerusform>
            <numerusform>Domain · %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n node(s)</source>
        <translation>
            <numerusform>%1 · %n node</numerusform>
            <numerusform>%1 · %n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::LineagePage</name>
    <message numerus="yes">
        <source>%1 is computed from %n column(s)</source>
        <translation>
            <numerusform>%1 is computed from %n column</numerusform>
            <numerusform>%1 is computed from %n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) are computed from it.</source>
        <translation>
            <numerusform>%n column is computed from it.</numerusform>
            <numerusform>%n columns are computed from it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n node(s)…</source>
        <translation>
            <numerusform>Laying out %n node…</numerusform>
            <numerusform>Laying out %n nodes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n edge</numerusform>
            <numerusform>%n edges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n</source>
        <translation>
            <numerusform>of %n</numerusform>
            <numerusform>of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s)</source>
        <translation>
            <numerusform>%n cycle</numerusform>
            <numerusform>%n cycles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more not shown)</source>
        <translation>
            <numerusform>(%n more not shown)</numerusform>
            <numerusform>(%n more not shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::MainWindow</name>
    <message numerus="yes">
        <source>%n task(s) running</source>
        <translation>
            <numerusform>%n task running</numerusform>
            <numerusform>%n tasks running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsaved edits from an earlier session were kept for %n product(s): %1.</source>
        <translation>
            <numerusform>Unsaved edits from an earlier session were kept for %n product: %1.</numerusform>
            <numerusform>Unsaved edits from an earlier session were kept for %n products: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n event file(s)</source>
        <translation>
            <numerusform>Reading %n event file</numerusform>
            <numerusform>Reading %n event files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No event could be read: %n problem(s), listed in Problems.</source>
        <translation>
            <numerusform>No event could be read: %n problem, listed in Problems.</numerusform>
            <numerusform>No event could be read: %n problems, listed in Problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) read</source>
        <translation>
            <numerusform>%n event read</numerusform>
            <numerusform>%n events read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) updated</source>
        <translation>
            <numerusform>%n run updated</numerusform>
            <numerusform>%n runs updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) refused (see Problems)</source>
        <translation>
            <numerusform>%n line refused (see Problems)</numerusform>
            <numerusform>%n lines refused (see Problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::NavigatorPanel</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::PipelineDashboardModel</name>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n failing</numerusform>
            <numerusform>%n failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed or aborted run(s)</source>
        <translation>
            <numerusform>%n failed or aborted run</numerusform>
            <numerusform>%n failed or aborted runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n run(s) since %1</source>
        <translation>
            <numerusform>of %n run since %1</numerusform>
            <numerusform>of %n runs since %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Runs %n task(s)</source>
        <translation>
            <numerusform>Runs %n task</numerusform>
            <numerusform>Runs %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::PipelinesPage</name>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::PostgresCatalogStore</name>
    <message numerus="yes">
        <source>Others were saving the same products at that moment, and the catalog&apos;s server could not fit this change in between, though Tessera tried %n more time(s). Nothing was changed; save again.</source>
        <translation>
            <numerusform>Others were saving the same products at that moment, and the catalog&apos;s server could not fit this change in between, though Tessera tried %n more time. Nothing was changed; save again.</numerusform>
            <numerusform>Others were saving the same products at that moment, and the catalog&apos;s server could not fit this change in between, though Tessera tried %n more times. Nothing was changed; save again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::PreviewEngine</name>
    <message numerus="yes">
        <source>The query was stopped: it ran past the time limit of %n second(s), and the preview worker was ended.</source>
        <translation>
            <numerusform>The query was stopped: it ran past the time limit of %n second, and the preview worker was ended.</numerusform>
            <numerusform>The query was stopped: it ran past the time limit of %n seconds, and the preview worker was ended.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::PreviewPage</name>
    <message numerus="yes">
        <source>%Ln row(s) so far…</source>
        <translation>
            <numerusform>%Ln row so far…</numerusform>
            <numerusform>%Ln rows so far…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The recipe compiles to one query of %Ln step(s).</source>
        <translation>
            <numerusform>The recipe compiles to one query of %Ln step.</numerusform>
            <numerusform>The recipe compiles to one query of %Ln steps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in %1 ms</source>
        <translation>
            <numerusform>%Ln row in %1 ms</numerusform>
            <numerusform>%Ln rows in %1 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Samples read; %Ln bad row(s) left out of %1.</source>
        <translation>
            <numerusform>Samples read; %Ln bad row left out of %1.</numerusform>
            <numerusform>Samples read; %Ln bad rows left out of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quality (%Ln failing)</source>
        <translation>
            <numerusform>Quality (%Ln failing)</numerusform>
            <numerusform>Quality (%Ln failing)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::PreviewSandbox</name>
    <message numerus="yes">
        <source>%n field(s) where the header has %1</source>
        <translation>
            <numerusform>%n field where the header has %1</numerusform>
            <numerusform>%n fields where the header has %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was stopped: it ran past the time limit of %n second(s).</source>
        <translation>
            <numerusform>%1 was stopped: it ran past the time limit of %n second.</numerusform>
            <numerusform>%1 was stopped: it ran past the time limit of %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::ProductPage</name>
    <message numerus="yes">
        <source>Wrote %1 back to %n file(s): %2</source>
        <translation>
            <numerusform>Wrote %1 back to %n file: %2</numerusform>
            <numerusform>Wrote %1 back to %n files: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the policy files: the governance tab shows them.</source>
        <translation>
            <numerusform>%n problem in the policy files: the governance tab shows it.</numerusform>
            <numerusform>%n problems in the policy files: the governance tab shows them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Meets all %n standard policy(ies).</source>
        <translation>
            <numerusform>Meets the %n standard policy.</numerusform>
            <numerusform>Meets all %n standard policies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fails %n rule(s) of the standard policies:</source>
        <translation>
            <numerusform>Fails %n rule of the standard policies:</numerusform>
            <numerusform>Fails %n rules of the standard policies:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Publishing</name>
    <message numerus="yes">
        <source>%1 was not published: it has %n problem(s), the first: %2</source>
        <translation>
            <numerusform>%1 was not published: it has %n problem: %2</numerusform>
            <numerusform>%1 was not published: it has %n problems, the first: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::RunDetails</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Sync</name>
    <message numerus="yes">
        <source>nothing changed: %n problem(s)</source>
        <translation>
            <numerusform>nothing changed: %n problem</numerusform>
            <numerusform>nothing changed: %n problems</numerusform>
        </translation>
    </message>
</context>
</TS>
