package org.quotaledger.web;

import io.quarkus.qute.EngineConfiguration;
import io.quarkus.qute.ResultNode;
import io.quarkus.qute.SectionBlock;
import io.quarkus.qute.SectionHelper;
import io.quarkus.qute.SectionHelperFactory;
import io.quarkus.qute.Template;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * {@code {#layout}…{/layout}}: a page inside {@code templates/layout/base.html}, its {@code {#title}} and other blocks
 * filling the layout's {@code {#insert}}s, exactly as {@code {#include layout/base}} would.
 * <p>
 * Why not the include: Qute renders an include's blocks in a child context that holds no data, so every name a page
 * reads ({@code employee}, {@code facility}…) is first offered to each of the engine's ~190 value resolvers, none of
 * which takes a missing object, before the lookup falls back to the page's data, and that fallback never uses the
 * resolver Qute cached for the expression. That was a quarter of a page view's CPU. This section renders the layout
 * in a context holding the page's own data, so a name resolves at once through its cached resolver.
 */
@EngineConfiguration
public class LayoutSection implements SectionHelperFactory<LayoutSection.Layout> {

    static final String TEMPLATE = "layout/base";

    /** The name Qute gives the main block of an include, and {@code {#insert}} without a name reads. */
    static final String DEFAULT_INSERT = "$default$";

    @Override
    public List<String> getDefaultAliases() {
        return List.of("layout");
    }

    /** {@code {#title}} and the like are the layout's blocks, not sections of their own. */
    @Override
    public boolean treatUnknownSectionsAsBlocks() {
        return true;
    }

    @Override
    public Layout initialize(SectionInitContext context) {
        Map<String, SectionBlock> blocks = new HashMap<>();
        for (SectionBlock block : context.getBlocks()) {
            String name = MAIN_BLOCK_NAME.equals(block.id) ? DEFAULT_INSERT : block.label;
            if (blocks.put(name, block) != null) {
                throw context.error("\\{#layout\\} fills the block [{name}] twice").argument("name", name)
                        .origin(context.getOrigin()).build();
            }
        }
        var engine = context.getEngine();
        return new Layout(() -> engine.getTemplate(TEMPLATE), Map.copyOf(blocks));
    }

    public static final class Layout implements SectionHelper {

        private final Supplier<Template> layout;
        private final Map<String, SectionBlock> blocks;

        Layout(Supplier<Template> layout, Map<String, SectionBlock> blocks) {
            this.layout = layout;
            this.blocks = blocks;
        }

        @Override
        public CompletionStage<ResultNode> resolve(SectionResolutionContext context) {
            // A root context, not a child of the page's: {#insert} looks for its block by walking every parent
            // context's blocks node by node (the whole page, on every view); with no parent it takes the block at once.
            return layout.get().getRootNode().resolve(
                    context.newResolutionContext(context.resolutionContext().getData(), blocks));
        }
    }
}
