/**
 * Reads the doc comment of every field of a zod schema module with the
 * TypeScript compiler, keyed by the field's dotted path (`period.end`,
 * `resources.url`). The schema's comments are written for editors, so they
 * become the web editor's hints and the fields table of CONTRIBUTING.
 */
import ts from 'typescript';

/**
 * `functionName` limits the search to the function that builds the schema,
 * so objects elsewhere in the module (messages, examples) are left out.
 */
export function schemaDocComments(source: string, functionName: string): Map<string, string> {
  const file = ts.createSourceFile('schema.ts', source, ts.ScriptTarget.Latest, true);
  const comments = new Map<string, string>();
  const visit = (node: ts.Node, inside: boolean) => {
    const here = inside || (ts.isFunctionDeclaration(node) && node.name?.text === functionName);
    if (here && ts.isPropertyAssignment(node)) {
      const text = docText(node);
      if (text) comments.set(pathOf(node).join('.'), text);
    }
    ts.forEachChild(node, (child) => visit(child, here));
  };
  visit(file, false);
  return comments;
}

function docText(node: ts.Node): string | undefined {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const text = docs
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text || undefined;
}

function propertyName(node: ts.PropertyAssignment): string {
  const name = node.name;
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : name.getText();
}

/** The names of the property and of every property it is nested in. */
function pathOf(node: ts.PropertyAssignment): string[] {
  const path = [propertyName(node)];
  for (let parent: ts.Node | undefined = node.parent; parent; parent = parent.parent) {
    if (ts.isPropertyAssignment(parent)) path.unshift(propertyName(parent));
    if (ts.isFunctionDeclaration(parent)) break;
  }
  return path;
}
