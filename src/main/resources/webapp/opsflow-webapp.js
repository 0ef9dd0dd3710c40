/*
 * opsflow custom script for Tasklist, Cockpit, Admin and the welcome page (loaded through each app's
 * config.js "customScripts").
 *
 * 1. Simplified Chinese whatever the browser asks for. The apps pick the browser's first language if
 *    they have it, so we answer for the browser: Chinese, unless the user chose English with the link
 *    in the footer (remembered in the browser; ?lang=en / ?lang=zh in a link do the same).
 * 2. form-js, embedded in Tasklist, has its own English messages and no translation hook; the ones a
 *    user meets are replaced in the rendered form.
 */
const KEY = 'opsflow-language';
const asked = new URLSearchParams(window.location.search).get('lang');
if (asked === 'en' || asked === 'zh') {
  window.localStorage.setItem(KEY, asked);
}
const language = window.localStorage.getItem(KEY) === 'en' ? 'en' : 'zh';
Object.defineProperty(window.navigator, 'languages', { get: () => [language], configurable: true });
Object.defineProperty(window.navigator, 'language', { get: () => language, configurable: true });

function switchLanguageLink() {
  const footer = document.querySelector('#footer-timezone');
  if (!footer || footer.querySelector('.opsflow-language')) {
    return;
  }
  const link = document.createElement('a');
  link.className = 'opsflow-language';
  link.href = '';
  link.textContent = language === 'zh' ? 'English' : '中文';
  link.addEventListener('click', event => {
    event.preventDefault();
    window.localStorage.setItem(KEY, language === 'zh' ? 'en' : 'zh');
    window.location.reload();
  });
  footer.appendChild(link);
}

const FORM_MESSAGES = [
  [/^Field is required\.$/, '此项为必填项。'],
  [/^Field must have minimum value of (.+)\.$/, '不能小于 $1。'],
  [/^Field must have maximum value of (.+)\.$/, '不能大于 $1。'],
  [/^Field must have minimum length of (.+)\.$/, '至少需要 $1 个字。'],
  [/^Field must have maximum length of (.+)\.$/, '不能超过 $1 个字。'],
  [/^Field must match pattern (.+)\.$/, '格式不正确。'],
  [/^Value is not a number\.$/, '请输入数字。'],
  [/^Value is expected to be an integer\.$/, '请输入整数。'],
  [/^Date required$/, '请选择日期'],
  [/^Time required$/, '请选择时间'],
  [/^Select$/, '请选择'],
  [/^Search$/, '搜索'],
  [/^No results$/, '无匹配项'],
  [/^Add new$/, '添加'],
  [/^Remove$/, '移除'],
  [/^Nothing to show\.$/, '暂无数据。'],
  // form-js 1.8 reads dates as month/day/year whatever the language: say so in Chinese
  [/^mm\/dd\/yyyy$/, '月/日/年'],
];

function translateForm(root) {
  root.querySelectorAll('.fjs-container').forEach(form => {
    const walker = document.createTreeWalker(form, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue.trim();
      for (const [english, chinese] of FORM_MESSAGES) {
        if (english.test(text)) {
          node.nodeValue = text.replace(english, chinese);
          break;
        }
      }
    }
    form.querySelectorAll('input[placeholder]').forEach(input => {
      for (const [english, chinese] of FORM_MESSAGES) {
        if (english.test(input.placeholder)) {
          input.placeholder = input.placeholder.replace(english, chinese);
        }
      }
    });
  });
}

// at most once per frame, however many changes the apps make while rendering
let scheduled = false;
new MutationObserver(() => {
  if (scheduled) {
    return;
  }
  scheduled = true;
  window.requestAnimationFrame(() => {
    scheduled = false;
    switchLanguageLink();
    if (language === 'zh') {
      translateForm(document);
    }
  });
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

export default [];
