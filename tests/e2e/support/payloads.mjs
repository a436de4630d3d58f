// The script-injection corpus of issue #9: markup and URLs that would run script if Quotemark
// ever put text where the browser reads markup or follows a link. Every payload calls
// `top.__xss(n)`, a sentinel the tests install, with its own number, so a test can say which
// one ran. Written for this project from the well-known classes of vectors: script elements,
// event-handler attributes, javascript: URLs, SVG and MathML parsing tricks, broken markup, and
// entity and encoding evasions.

/** The base vectors; `{X}` stands for the call, `{J}` for a javascript: URL making it, `{N}` for the number. */
const VECTORS = [
  // script elements
  '<script>{X}</script>',
  '<SCRIPT>{X}</SCRIPT>',
  '<script src="data:text/javascript,{X}"></script>',
  '<script type="module">{X}</script>',
  '<scr<script>ipt>{X}</scr</script>ipt>',
  '<script>/*</script><script>{X}//*/</script>',
  // event-handler attributes
  '<img src=x onerror={X}>',
  '<img src="x" onerror="{X}">',
  '<IMG SRC=x ONERROR={X}>',
  '<img/src/onerror={X}>',
  '<img src=x onerror={X}//',
  '<body onload={X}>',
  '<input autofocus onfocus={X}>',
  '<select autofocus onfocus={X}></select>',
  '<textarea autofocus onfocus={X}></textarea>',
  '<details open ontoggle={X}>',
  '<video><source onerror={X}></video>',
  '<audio src=x onerror={X}>',
  '<marquee onstart={X}>text</marquee>',
  '<div tabindex=1 autofocus onfocus={X}>',
  '<xss id=x tabindex=1 onfocus={X}></xss>',
  '<img src=x onerror="&#x74;&#x6f;&#x70;.__xss({N})">',
  '<p onmouseover={X}>hover</p>',
  '<style onload={X}></style>',
  '<iframe onload={X}></iframe>',
  // javascript: and data: URLs
  '<a href="{J}">link</a>',
  '<a href="JaVaScRiPt:{X}">link</a>',
  '<a href="&#106;avascript:{X}">link</a>',
  '<a href="java&#x09;script:{X}">link</a>',
  '<a href=" {J}">link</a>',
  '<iframe src="{J}"></iframe>',
  '<iframe srcdoc="<script>top.__xss({N})</script>"></iframe>',
  '<object data="{J}"></object>',
  '<embed src="{J}">',
  '<form action="{J}"><button>go</button></form>',
  '<form><button formaction="{J}">go</button></form>',
  '<meta http-equiv="refresh" content="0;url={J}">',
  '<base href="{J}//">',
  '<link rel=stylesheet href="{J}">',
  '<object data="data:text/html,<script>top.__xss({N})</script>"></object>',
  '{J}',
  'data:text/html,<script>{X}</script>',
  // SVG and MathML
  '<svg onload={X}>',
  '<svg/onload={X}>',
  '<svg><script>{X}</script></svg>',
  '<svg><animate onbegin={X} attributeName=x dur=1s>',
  '<svg><set attributeName=onmouseover to={X}>',
  '<svg><a xlink:href="{J}"><text x=20 y=20>click</text></a></svg>',
  '<svg><foreignObject><body onload={X}></foreignObject></svg>',
  '<svg><style><img src=x onerror={X}></style></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror={X}>',
  '<math href="{J}">click</math>',
  '<math><maction actiontype="statusline#" xlink:href="{J}">click</maction></math>',
  // broken markup and parser differentials
  '"><img src=x onerror={X}>',
  "'><svg onload={X}>",
  '</textarea><script>{X}</script>',
  '</title><script>{X}</script>',
  '</style><script>{X}</script>',
  '</noscript><img src=x onerror={X}>',
  '<noscript><p title="</noscript><img src=x onerror={X}>"></noscript>',
  '<!--<img src=x onerror={X}>-->',
  '--><img src=x onerror={X}>',
  '<![CDATA[<script>{X}</script>]]>',
  '<template><img src=x onerror={X}></template>',
  '<a title="<img src=x onerror={X}>">t</a>',
  '<img src="x\u0000" onerror={X}>',
  '<div><p></div><img src=x onerror={X}>',
  // entities and other encodings
  '&lt;script&gt;{X}&lt;/script&gt;',
  '&#60;img src=x onerror={X}&#62;',
  '&#x3C;svg onload={X}&#x3E;',
  '\\u003cimg src=x onerror={X}\\u003e',
  '%3Cscript%3EX%3C/script%3E',
  '\u003cimg src=x onerror={X}\u003e',
  '\uff1cimg src=x onerror={X}\uff1e',
  // template and string contexts
  '{{constructor.constructor("{X}")()}}',
  '${{X}}',
  "';{X};//",
  '";{X};//',
  '`;{X};//',
];

const call = (n) => `top.__xss(${n})`;

/** At least 100 payloads: every vector, and every tag vector again after an attribute breakout. */
export const PAYLOADS = (() => {
  const out = [];
  const add = (template) => {
    const n = out.length;
    out.push(template.replaceAll('{X}', call(n)).replaceAll('{J}', `javascript:${call(n)}`).replaceAll('{N}', String(n)));
  };
  for (const v of VECTORS) add(v);
  for (const v of VECTORS.filter((v) => v.startsWith('<'))) add(`"'><${v.slice(1)}`);
  return out;
})();

/** Installed before any page script: the sentinel, and a record of CSP violations. */
export function installSentinel() {
  window.__hits = [];
  window.__xss = (n) => window.__hits.push(n);
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
}

/** What a page shows of an attack: sentinel calls, CSP violations, and markup that should not be there. */
export function traces(page) {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    const handlers = all.filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).map((el) => el.outerHTML.slice(0, 80));
    const urls = all.filter((el) => ['href', 'src', 'action', 'formaction', 'data', 'xlink:href'].some((name) => /^\s*(javascript|data):/i.test(el.getAttribute(name) ?? '')))
      .map((el) => el.outerHTML.slice(0, 80));
    const active = [...document.querySelectorAll('iframe, object, embed, frame, base, meta[http-equiv]:not([http-equiv=Content-Security-Policy]), body meta, script:not([src]), body script, form')].map((el) => el.outerHTML.slice(0, 80));
    return { hits: window.__hits ?? [], violations: window.__violations ?? [], handlers, urls, active };
  });
}
