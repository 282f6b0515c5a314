// Exception texts CoreCLR keeps in the runtime's own resources rather than CoreLib's: the
// messages of the exceptions it preallocates, and the FileLoadException family's
// "Could not load file or assembly '{0}'. {1}" with {1} the text of an HRESULT (runtime/src/hresults.c).
import { type BodyHandler, fnBody, onStackPtr } from './bodies.js';

/** Sets a StringHandleOnStack parameter to a UTF-8 C expression. */
function setString(handle: string, text: string): string[] {
  return [`{ const char *dn_text = ${text}; *(DnObject **)${handle} = (DnObject *)dn_string_from_utf8(dn_text, strlen(dn_text)); }`];
}

/**
 * TypeLoadException's texts by resource id (CoreCLR's mscorrc): the runtime's "%1 %2 %3" become
 * the "{0} {1} {2}" TypeLoadException.SetMessageField formats with the class name, the assembly
 * name and the extra argument. An id not listed answers the general text, which still names the
 * type and the assembly. (Only a TypeLoadException the runtime builds, or one deserialized with a
 * resource id, asks: dotnative's own type-load failures carry their message.)
 */
const TYPE_LOAD_TEXTS: [number, string][] = [
  [0x80131522, "Could not load type '{0}' from assembly '{1}'."],
  [0x179c, "Could not load TypeSpec from assembly '{1}'."],
  [0x178b, "Could not load type '{0}' from assembly '{1}' because the parent type is sealed."],
  [0x1a4b, "The generic type '{0}' was used with the wrong number of generic arguments in assembly '{1}'."],
  [0x1a59, "The generic type '{0}' was used with an invalid instantiation in assembly '{1}'."],
  [0x1a79, "Could not load type '{0}' from assembly '{1}' because a covariant or contravariant type parameter was used illegally in the signature for an argument in method '{2}'."],
  [0x1a7a, "Could not load type '{0}' from assembly '{1}' because a covariant or contravariant type parameter was used illegally in the signature for the result type in method '{2}'."],
  [0x1a7c, "Could not load type '{0}' from assembly '{1}' because a covariant or contravariant type parameter was used illegally in an inherited interface."],
  [0x1a7d, "Could not load type '{0}' from assembly '{1}' because a covariant or contravariant type parameter was used illegally in a type parameter constraint in method '{2}'."],
  [0x1a7e, "Could not load type '{0}' from assembly '{1}' because it declares a covariant or contravariant type parameter and is not an interface or delegate."],
  [0x1a7f, "Could not load type '{0}' from assembly '{1}' because it uses an illegal variance annotation on a type parameter."],
  [0x17ab, "Could not load type '{0}' from assembly '{1}'. Internal limitation: Too many generic arguments."],
];

export const EXCEPTION_MESSAGE_CALLS: Record<string, BodyHandler> = {
  // ExceptionMessageKind ThreadAbort 1, ThreadInterrupted 2, OutOfMemory 3.
  'System.Exception::GetMessageFromNativeResources': (m, g, d) => (m.signature.params.length !== 2 ? undefined : fnBody(m, g, d, setString(
    `a1.${onStackPtr(g, d, m.signature.params[1]!)}`,
    'a0 == 1 ? "Thread was being aborted." : a0 == 2 ? "Thread was interrupted from a waiting state." : "Insufficient memory to continue the execution of the program."',
  ))),
  // The format FileLoadException.FormatFileLoadExceptionMessage fills with the file name and GetMessageForHR.
  'System.IO.FileLoadException::GetFileLoadExceptionMessage': (m, g, d) => (m.signature.params.length !== 2 ? undefined : fnBody(m, g, d, [
    '(void)a0;',
    ...setString(`a1.${onStackPtr(g, d, m.signature.params[1]!)}`, '"Could not load file or assembly \'{0}\'. {1}"'),
  ])),
  // QCall (resourceId, result): the format TypeLoadException.SetMessageField fills.
  'System.TypeLoadException::GetTypeLoadExceptionMessage': (m, g, d) => {
    if (m.signature.params.length !== 2) return undefined;
    return fnBody(m, g, d, [
      'const char *text;',
      'switch ((uint32_t)a0) {',
      ...TYPE_LOAD_TEXTS.slice(1).map(([id, t]) => `case 0x${id.toString(16)}u: text = "${t.replace(/"/g, '\\"')}"; break;`),
      `default: text = "${TYPE_LOAD_TEXTS[0]![1]}"; break;`,
      '}',
      ...setString(`a1.${onStackPtr(g, d, m.signature.params[1]!)}`, 'text'),
    ]);
  },
  'System.IO.FileLoadException::GetMessageForHR': (m, g, d) => {
    if (m.signature.params.length !== 2) return undefined;
    d.declare('stdio_h', '#include <stdio.h>');
    return fnBody(m, g, d, [
      'char dn_buffer[64];',
      'const char *text = dn_hresult_text((uint32_t)a0); /* runtime/src/hresults.c */',
      'if (text == NULL) { snprintf(dn_buffer, sizeof dn_buffer, "Error %u (0x%08X)", (uint32_t)a0, (uint32_t)a0); text = dn_buffer; }',
      ...setString(`a1.${onStackPtr(g, d, m.signature.params[1]!)}`, 'text'),
    ]);
  },
};
