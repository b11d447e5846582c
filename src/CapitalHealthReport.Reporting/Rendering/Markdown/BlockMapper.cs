using Markdig.Syntax;

namespace CapitalHealthReport.Reporting.Rendering.Markdown;

/// <summary>
/// Maps one kind of Markdig block onto an output (Markdig's one-renderer-per-node habit). A
/// <see cref="BlockMappers{TContext}"/> picks the mapper for the block's most derived type.
/// </summary>
internal abstract class BlockMapper<TContext>
{
    public abstract Type BlockType { get; }

    public abstract void Map(Block block, TContext context);
}

/// <summary>A mapper for blocks of type <typeparamref name="TBlock"/>.</summary>
internal abstract class BlockMapper<TBlock, TContext> : BlockMapper<TContext>
    where TBlock : Block
{
    public override Type BlockType => typeof(TBlock);

    public override void Map(Block block, TContext context) => Map((TBlock)block, context);

    protected abstract void Map(TBlock block, TContext context);
}

/// <summary>A set of block mappers dispatched by type, most derived first (an alert is also a quote).</summary>
internal sealed class BlockMappers<TContext>
{
    private readonly Dictionary<Type, BlockMapper<TContext>> _byType = [];
    private readonly Action<Block, TContext> _fallback;

    public BlockMappers(IEnumerable<BlockMapper<TContext>> mappers, Action<Block, TContext> fallback)
    {
        foreach (var mapper in mappers)
        {
            _byType.Add(mapper.BlockType, mapper);
        }

        _fallback = fallback;
    }

    public void Map(Block block, TContext context)
    {
        for (var type = block.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            if (_byType.TryGetValue(type, out var mapper))
            {
                mapper.Map(block, context);
                return;
            }
        }

        _fallback(block, context);
    }

    public void MapChildren(ContainerBlock container, TContext context)
    {
        foreach (var child in container)
        {
            Map(child, context);
        }
    }
}
