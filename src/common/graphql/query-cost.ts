import {
  getNamedType,
  getNullableType,
  getOperationAST,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isCompositeType,
  isIntrospectionType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
  getArgumentValues,
  getDirectiveValues,
  getVariableValues,
} from 'graphql';

/** How many items an unpaginated list field is assumed to hold unless it declares `listSize`. */
export const DEFAULT_LIST_SIZE = 20;

export interface QueryCostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string;
  variables: Record<string, unknown>;
}

/**
 * Estimates what an operation costs before anything runs. Each field costs 1 (or its
 * `complexity` extension) plus its selection's cost times the number of items it can
 * return:
 * - a field with a `limit` argument is a page: the list inside it (`items`) counts `limit`
 *   times;
 * - any other list counts its declared `listSize` extension (`@Extensions({ listSize })`)
 *   times, else DEFAULT_LIST_SIZE times.
 * So `organisation { members { organisation { members { … } } } }` grows by the member
 * estimate at each level, and aliased copies add up. Each fragment is costed once per
 * context and remembered, so a fragment spread twice by the next one, 30 levels over, takes
 * 30 steps (its cost, 2^30, is still counted). Introspection fields cost 1 each, unmultiplied.
 * Throws graphql-js's GraphQLError when a variable cannot be coerced.
 */
export function estimateQueryCost({
  schema,
  document,
  operationName,
  variables,
}: QueryCostInput): number {
  const operation = getOperationAST(document, operationName);
  if (!operation) return 0;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw coerced.errors[0];
  const variableValues = coerced.coerced;
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return 0;

  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  const fragmentCosts = new Map<string, number>();
  const inProgress = new Set<string>();

  const included = (node: FieldNode | SelectionSetNode['selections'][number]): boolean =>
    getDirectiveValues(GraphQLSkipDirective, node, variableValues)?.if !== true &&
    getDirectiveValues(GraphQLIncludeDirective, node, variableValues)?.if !== false;

  const fieldDefinition = (
    parentType: GraphQLCompositeType,
    name: string,
  ): GraphQLField<unknown, unknown> | undefined => {
    if (name === SchemaMetaFieldDef.name && parentType === schema.getQueryType())
      return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name && parentType === schema.getQueryType())
      return TypeMetaFieldDef;
    return isObjectType(parentType) || isInterfaceType(parentType)
      ? parentType.getFields()[name]
      : undefined;
  };

  /** `pageSize`: the `limit` of the enclosing page field, for the list it holds. */
  const selectionSetCost = (
    selectionSet: SelectionSetNode,
    parentType: GraphQLCompositeType,
    pageSize: number | undefined,
  ): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        total += fieldCost(selection, parentType, pageSize);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parentType;
        if (type && isCompositeType(type))
          total += selectionSetCost(selection.selectionSet, type, pageSize);
      } else {
        total += fragmentCost(selection.name.value, pageSize);
      }
    }
    return total;
  };

  const fragmentCost = (name: string, pageSize: number | undefined): number => {
    const key = `${name}:${pageSize ?? ''}`;
    const known = fragmentCosts.get(key);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    // Unknown fragments and cycles are refused by validation; never recurse forever.
    if (!fragment || inProgress.has(key)) return 0;
    const type = schema.getType(fragment.typeCondition.name.value);
    if (!type || !isCompositeType(type)) return 0;
    inProgress.add(key);
    const cost = selectionSetCost(fragment.selectionSet, type, pageSize);
    inProgress.delete(key);
    fragmentCosts.set(key, cost);
    return cost;
  };

  const fieldCost = (
    node: FieldNode,
    parentType: GraphQLCompositeType,
    pageSize: number | undefined,
  ): number => {
    if (node.name.value === '__typename') return 0;
    const field = fieldDefinition(parentType, node.name.value);
    if (!field) return 0;
    const ownCost =
      typeof field.extensions.complexity === 'number' ? field.extensions.complexity : 1;
    if (!node.selectionSet) return ownCost;
    const childType = getNamedType(field.type);
    if (!isCompositeType(childType)) return ownCost;
    if (isIntrospectionType(childType))
      return ownCost + selectionSetCost(node.selectionSet, childType, undefined);
    const hasLimit = field.args.some((argument) => argument.name === 'limit');
    const limit = hasLimit ? getArgumentValues(field, node, variableValues).limit : undefined;
    const childPageSize = typeof limit === 'number' ? Math.max(0, limit) : undefined;
    const declared = field.extensions.listSize;
    const items = isListType(getNullableType(field.type))
      ? (pageSize ?? (typeof declared === 'number' ? declared : DEFAULT_LIST_SIZE))
      : 1;
    return ownCost + items * selectionSetCost(node.selectionSet, childType, childPageSize);
  };

  return selectionSetCost(operation.selectionSet, rootType, undefined);
}
