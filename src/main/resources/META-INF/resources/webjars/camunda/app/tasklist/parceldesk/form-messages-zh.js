/*
 * ParcelDesk: Chinese validation messages for Camunda Forms in Tasklist.
 *
 * Tasklist 7.24 renders Camunda Forms with form-js 1.8.7, whose validator writes fixed English
 * sentences ("Field is required.") into <div class="fjs-form-field-error"><ul><li>…</li></ul></div>;
 * form-js 1.8.7 has no custom messages in the form JSON and Tasklist's locale files do not reach it.
 * This script (loaded through customScripts in scripts/config.js) rewrites those sentences as they
 * appear. English stays for browsers that prefer English over Chinese. See docs/designing.md.
 */
const RULES = [
  [/^Field is required\.$/, () => '此项必填。'],
  [/^Field must have minimum length of (.+)\.$/, (m) => `至少需要 ${m[1]} 个字。`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `最多 ${m[1]} 个字。`],
  [/^Field must have minimum value of (.+)\.$/, (m) => `不能小于 ${m[1]}。`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `不能大于 ${m[1]}。`],
  [/^Field must match pattern (.+)\.$/, (m) => `格式不正确（须符合 ${m[1]}）。`],
  [/^Field must be a valid email\.$/, () => '请输入有效的电子邮箱地址。'],
  [/^Field must be a valid\s+international phone number\..*$/, () => '请输入有效的国际格式电话号码（例如 +8613800001234）。'],
  [/^Value is not a number\.$/, () => '请输入数字。'],
  [/^Value is expected to be an integer\.$/, () => '请输入整数。'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => `最多 ${m[1]} 位小数。`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => `请输入有效的值，最接近的有效值为 ${m[1]} 和 ${m[2]}。`]
];

export function translate(text) {
  const sentence = (text || '').trim();
  for (const [pattern, chinese] of RULES) {
    const match = sentence.match(pattern);
    if (match) {
      return chinese(match);
    }
  }
  return null;
}

function prefersEnglish() {
  const languages = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
  for (const language of languages) {
    const tag = (language || '').toLowerCase();
    if (tag.startsWith('zh')) {
      return false;
    }
    if (tag.startsWith('en')) {
      return true;
    }
  }
  return false;
}

// Rewrites the text nodes form-js wrote, in place. Replacing them (item.textContent = …) leaves the
// library holding a detached node, which it puts back on its next render: the page then showed
// "至少需要 5 个字。Field must have minimum length of 5." side by side.
function translateWithin(root) {
  const items = root.querySelectorAll ? root.querySelectorAll('.fjs-form-field-error li') : [];
  items.forEach((item) => {
    item.childNodes.forEach((node) => {
      if (node.nodeType !== Node.TEXT_NODE) {
        return;
      }
      const chinese = translate(node.data);
      if (chinese && node.data !== chinese) {
        node.data = chinese;
      }
    });
  });
}

if (!prefersEnglish()) {
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      const target = mutation.target.nodeType === Node.TEXT_NODE ? mutation.target.parentNode : mutation.target;
      if (target && target.closest && target.closest('.fjs-form-field-error')) {
        translateWithin(target.closest('.fjs-form-field-error'));
      } else if (target) {
        translateWithin(target);
      }
    }
  }).observe(document.documentElement, {childList: true, subtree: true, characterData: true});
}

// a Tasklist custom script may export plugins; this one exports none
export default [];
