package org.quotaledger.web;

import io.quarkus.qute.Engine;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.TemplateException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code {#layout}} fills the layout's inserts as {@code {#include layout/base}} did, with the page's data in reach. */
class LayoutSectionTest {

    private Engine engine;

    @BeforeEach
    void engine() {
        engine = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver())
                .addSectionHelper(new LayoutSection()).build();
        engine.putTemplate(LayoutSection.TEMPLATE, engine.parse(
                "<title>{#insert title}Quota Ledger{/}</title><main{#insert bodyLang} lang=\"en\"{/}>{#insert}{/}</main>"));
    }

    @Test
    void thePagesBlocksFillTheLayoutAndReadThePagesData() {
        String page = engine.parse("""
                {#layout}{#title}{employee.name}{/title}{#bodyLang}{/bodyLang}<h1>{employee.name}</h1>\
                {#for d in deliveries}<p>{d} for {employee.name}</p>{/for}{/layout}""")
                .data("employee", Map.of("name", "Tran Johnson")).data("deliveries", java.util.List.of("v1", "v2"))
                .render();

        assertThat(page).isEqualTo("<title>Tran Johnson</title><main><h1>Tran Johnson</h1>"
                + "<p>v1 for Tran Johnson</p><p>v2 for Tran Johnson</p></main>");
    }

    @Test
    void aBlockThePageLeavesOutKeepsTheLayoutsDefault() {
        String page = engine.parse("{#layout}<p>{note}</p>{/layout}").data("note", "hello").render();

        assertThat(page).isEqualTo("<title>Quota Ledger</title><main lang=\"en\"><p>hello</p></main>");
    }

    @Test
    void aBlockFilledTwiceIsATemplateErrorThatNamesIt() {
        assertThatThrownBy(() -> engine.parse("{#layout}{#title}a{/title}{#title}b{/title}{/layout}"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("{#layout} fills the block [title] twice");
    }
}
