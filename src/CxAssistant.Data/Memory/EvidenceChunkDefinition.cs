using System.Reflection;
using Microsoft.Extensions.VectorData;

namespace CxAssistant.Data.Memory;

/// <summary>
/// The <see cref="EvidenceChunkRecord"/> schema as a VectorData definition, read from its attributes, with the
/// embedding
/// width replaced: how a caller tells a store the vector length of a model that is not the offline 384-dimension one.
/// </summary>
public static class EvidenceChunkDefinition
{
    public static VectorStoreCollectionDefinition For(int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        var properties = new List<VectorStoreProperty>();
        foreach (var property in typeof(EvidenceChunkRecord).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<VectorStoreKeyAttribute>() is not null)
            {
                properties.Add(new VectorStoreKeyProperty(property.Name, property.PropertyType));
            }
            else if (property.GetCustomAttribute<VectorStoreDataAttribute>() is { } data)
            {
                properties.Add(
                    new VectorStoreDataProperty(property.Name, property.PropertyType)
                    {
                        IsIndexed = data.IsIndexed,
                        IsFullTextIndexed = data.IsFullTextIndexed,
                    }
                );
            }
            else if (property.GetCustomAttribute<VectorStoreVectorAttribute>() is { } vector)
            {
                properties.Add(
                    new VectorStoreVectorProperty(property.Name, property.PropertyType, dimensions)
                    {
                        DistanceFunction = vector.DistanceFunction,
                    }
                );
            }
        }
        return new VectorStoreCollectionDefinition { Properties = properties };
    }
}
