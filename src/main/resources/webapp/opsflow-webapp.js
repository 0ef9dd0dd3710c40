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
  // the date pattern, fixed to year-month-day below
  [/^yyyy-mm-dd$/, '如 2027-06-30'],
];

/* What form-js tells screen readers and shows on hover (a list row's 删除 button, a number field's arrows). */
const FORM_LABELS = [
  [/^Remove list item (\d+)$/, '删除第 $1 项'],
  [/^Increment$/, '增加'],
  [/^Decrement$/, '减少'],
  [/^Previous page$/, '上一页'],
  [/^Next page$/, '下一页'],
];

function translateForm(root) {
  root.querySelectorAll('.fjs-container').forEach(form => {
    form.querySelectorAll('[aria-label]').forEach(labelled => {
      for (const [english, chinese] of FORM_LABELS) {
        const label = labelled.getAttribute('aria-label');
        if (english.test(label)) {
          labelled.setAttribute('aria-label', label.replace(english, chinese));
          break;
        }
      }
    });
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

/*
 * The apps' notifications read "<status> : <message>", the message often the engine's English. The colon
 * becomes Chinese, a status ending a sentence loses its 。 before it, and the engine's answer for a task the
 * user can no longer see says why in Chinese. A refusal shown at the top of a long dialog is brought into
 * view: the user pressed 发起 at the bottom.
 */
const NOTIFICATION_MESSAGES = [
  [/No matching task with id/, '它可能已由他人办理完毕，或不在您的办理范围内。'],
];

function tidyNotifications(root) {
  root.querySelectorAll('.notifications .alert').forEach(alert => {
    if (alert.dataset.opsflowTidy === alert.textContent) {
      return;
    }
    alert.querySelectorAll('strong:not(.status)').forEach(colon => {
      if (colon.textContent.trim() === ':') {
        colon.textContent = '：';
        // "状态 ： 原因" reads "状态：原因" in Chinese
        Array.from(colon.parentNode.childNodes)
          .filter(node => node.nodeType === Node.TEXT_NODE && !node.nodeValue.trim())
          .forEach(space => space.remove());
      }
    });
    const status = alert.querySelector('.status');
    const message = alert.querySelector('.message');
    if (status && message && message.textContent.trim()) {
      status.textContent = status.textContent.trim().replace(/[。.]$/, '');
    }
    NOTIFICATION_MESSAGES.forEach(([english, chinese]) => {
      if (message && english.test(message.textContent)) {
        message.textContent = chinese;
      }
    });
    alert.dataset.opsflowTidy = alert.textContent;
    if (alert.closest('.modal') && alert.classList.contains('alert-danger')) {
      alert.scrollIntoView({ block: 'nearest' });
    }
  });
}

/* "发起流程: 运营计划审批" in the start dialog's title: a Chinese colon. */
function tidyTitles(root) {
  root.querySelectorAll('.modal-title').forEach(title => {
    const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (/^\s*发起流程: /.test(node.nodeValue)) {
        node.nodeValue = node.nodeValue.replace('发起流程: ', '发起流程：');
      }
    }
  });
}

/*
 * Lists in forms (计划事项, 问题, 阶段 …) are form-js dynamic lists. form-js 1.8.7, bundled with Tasklist 7.24,
 * leaves an empty error entry behind for a field inside a list once its value is valid (bpmn-io/form-js#1494,
 * fixed in form-js 1.21.3), and Tasklist enables 发起/完成 only while the errors have no entry at all. Entries
 * without a message are dropped as form-js sets them, and a removed row's errors go with it. Completion still
 * validates the whole form, so nothing invalid gets through. Form is not global: it is taken from the bundle's
 * webpack registry (module 57661 in the 7.24.0 web apps; re-check on a Camunda upgrade — without it the script
 * warns and changes nothing).
 */
(function fixDynamicListErrors() {
  if (!/\/app\/tasklist\//.test(window.location.pathname)) {
    return; // the module number is Tasklist's bundle's
  }
  let load;
  (window.webpackChunkcamunda_bpm_webapp || []).push([['opsflow-form-js'], {}, require => { load = require; }]);
  const Form = load && load.m[57661] && load(57661).Form;
  if (!Form || !Form.prototype._setState || !Form.prototype._update) {
    console.warn('opsflow: form-js not found; lists in forms may keep 发起/完成 disabled');
    return;
  }
  const prune = errors => {
    if (Array.isArray(errors)) {
      if (errors.every(message => typeof message === 'string')) {
        return errors.length ? errors : undefined; // one field's messages
      }
      const rows = errors.map(prune);
      return rows.some(row => row != null) ? rows : undefined; // per row, keeping the rows' indexes
    }
    if (errors && typeof errors === 'object') {
      const kept = {};
      Object.entries(errors).forEach(([id, entry]) => {
        const pruned = prune(entry);
        if (pruned !== undefined) {
          kept[id] = pruned;
        }
      });
      return Object.keys(kept).length ? kept : undefined;
    }
    return errors;
  };
  const setState = Form.prototype._setState;
  Form.prototype._setState = function (state) {
    return setState.call(this, state && state.errors ? { ...state, errors: prune(state.errors) || {} } : state);
  };
  const update = Form.prototype._update;
  Form.prototype._update = function (change) {
    const field = change && change.fieldInstance && this.get('formFieldRegistry').get(change.fieldInstance.id);
    if (field && field.type === 'dynamiclist' && Array.isArray(change.value)) {
      const before = change.fieldInstance.valuePath.reduce((data, key) => data && data[key], this._getState().data) || [];
      if (change.value.length < before.length) {
        // a row was removed: its fields' errors, and the shifted ones after it, are checked again on the next change
        const errors = { ...this._getState().errors };
        const forget = parent => (parent.components || []).forEach(child => {
          delete errors[child.id];
          forget(child);
        });
        forget(field);
        this._state = { ...this._state, errors };
      }
    }
    return update.call(this, change);
  };
})();

/*
 * Dates in forms read and are typed as 2027-06-30. form-js 1.8 takes its date pattern from the browser's
 * language (6/30/2027 in an English browser, 2027/6/30 in a Chinese one) by formatting a date with
 * Intl.DateTimeFormat('default'), and reads a date typed in another shape as some other day without a word.
 * That one call gets the year-month-day pattern; a date typed with other separators (2027/6/30, 2027.6.30,
 * 2027年6月30日, 20270630) is rewritten before flatpickr reads it, and anything else is cleared with a hint
 * that says what was not understood, so the field's own required check holds the form back.
 */
const NativeDateTimeFormat = Intl.DateTimeFormat;
const yearMonthDay = args => (args.length === 1 && args[0] === 'default' ? ['sv-SE'] : args);
Intl.DateTimeFormat = new Proxy(NativeDateTimeFormat, {
  construct: (target, args) => Reflect.construct(target, yearMonthDay(args)),
  apply: (target, self, args) => Reflect.apply(target, self, yearMonthDay(args)),
});

function isoDate(typed) {
  const parts = typed.trim().match(/^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/)
    || typed.trim().match(/^(\d{4})(\d{2})(\d{2})$/);
  if (!parts) {
    return null;
  }
  const [year, month, day] = parts.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null; // 2027-02-30 is no day
  }
  return date.toISOString().substring(0, 10);
}

// the hints by date field id: form-js re-renders a field and drops what it did not render, so each frame puts them back
const dateHints = new Map();

function dateHint(input, text) {
  if (text) {
    dateHints.set(input.id, text);
  } else {
    dateHints.delete(input.id);
  }
  showDateHints(document);
}

function showDateHints(root) {
  root.querySelectorAll('.opsflow-date-hint').forEach(hint => {
    if (!dateHints.has(hint.dataset.field)) {
      hint.remove();
    }
  });
  dateHints.forEach((text, id) => {
    const input = id && document.getElementById(id);
    const field = input && input.closest('.fjs-form-field');
    if (!field || isoDate(input.value) === input.value) {
      dateHints.delete(id); // the form is gone, or a date was picked from the calendar since
      return;
    }
    let hint = field.querySelector('.opsflow-date-hint');
    if (!hint) {
      hint = element('div', { class: 'opsflow-date-hint text-danger', role: 'alert', 'data-field': id });
      field.append(hint);
    }
    if (hint.textContent !== text) {
      hint.textContent = text;
    }
  });
}

function checkTypedDate(event) {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || !input.classList.contains('flatpickr-input') || input.readOnly
    || (event.type === 'keydown' && event.key !== 'Enter')) {
    return;
  }
  const typed = input.value;
  if (!typed.trim()) {
    return; // also form-js's own Enter after a cleared date: the hint stays until a date is there
  }
  const iso = isoDate(typed);
  if (iso) {
    input.value = iso;
    dateHint(input, null);
  } else {
    input.value = '';
    dateHint(input, '无法识别日期“' + typed.trim() + '”，应如 2027-06-30。');
  }
}
// capture: before flatpickr and form-js read the typed value on leaving the field or on Enter
document.addEventListener('blur', checkTypedDate, true);
document.addEventListener('keydown', checkTypedDate, true);

/*
 * A greyed-out 发起 or 完成 says beside it what is still missing or wrong, each name a link to its field: form-js
 * shows its messages at the fields, often a long way above the button the user is looking at.
 */
const SUBMIT_BUTTONS = ['发起', '完成'];

function showMissing(root) {
  root.querySelectorAll('.fjs-container').forEach(form => {
    const scope = form.closest('.modal-content') || form.closest('.task-details') || form.parentElement;
    const button = Array.from(scope.querySelectorAll('button'))
      .find(candidate => SUBMIT_BUTTONS.includes(candidate.textContent.trim()) && candidate.offsetParent !== null);
    const wrong = Array.from(form.querySelectorAll('.fjs-form-field.fjs-has-errors'))
      .filter(field => field.offsetParent !== null);
    let hint = scope.querySelector('.opsflow-form-missing');
    if (!button || !button.disabled || wrong.length === 0) {
      if (hint) {
        hint.remove();
      }
      return;
    }
    const labels = wrong.map(field => {
      const label = field.querySelector('.fjs-form-field-label');
      return (label ? label.textContent : '').replace(/\*\s*$/, '').trim() || '未命名的项';
    });
    const key = labels.join('|');
    if (hint && hint.dataset.key === key) {
      return; // unchanged: leave it, or the change would wake this observer again
    }
    if (!hint) {
      hint = element('span', { class: 'opsflow-form-missing text-danger', role: 'status' });
      button.before(hint);
    }
    hint.dataset.key = key;
    hint.replaceChildren('请先填写或更正：', ...labels.flatMap((text, at) => {
      const link = element('a', { role: 'button', tabindex: '0' }, text);
      const go = () => {
        wrong[at].scrollIntoView({ block: 'center' });
        const input = wrong[at].querySelector('input, textarea, select');
        if (input) {
          input.focus({ preventScroll: true });
        }
      };
      link.addEventListener('click', go);
      link.addEventListener('keydown', event => event.key === 'Enter' && go());
      return at === 0 ? [link] : ['、', link];
    }));
  });
}

/*
 * A delegated task says so above its form: who delegated it and that it goes back to them once submitted (its
 * card in the list says 委派人). Asked once per task and page; a handover reloads the page.
 */
const delegations = new Map();

function showDelegation() {
  const match = window.location.hash.match(/[?&]task=([^&]+)/);
  const details = document.querySelector('.task-details');
  if (!match || !details) {
    return;
  }
  const taskId = decodeURIComponent(match[1]);
  const shown = details.querySelector('.opsflow-delegation');
  if (shown && shown.dataset.task === taskId) {
    return;
  }
  if (shown) {
    shown.remove();
  }
  if (!delegations.has(taskId)) {
    delegations.set(taskId, '');
    const root = window.location.pathname.substring(0, window.location.pathname.indexOf('/camunda/'));
    fetch(root + '/api/tasks/' + encodeURIComponent(taskId) + '/delegation',
      { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(answer => (answer.ok ? answer.json() : {}))
      .then(delegation => {
        delegations.set(taskId, delegation.message || '');
        showDelegation();
      })
      .catch(() => {});
    return;
  }
  const tabs = details.querySelector('.nav-tabs');
  if (delegations.get(taskId) && tabs) {
    // above the tabs, under the task's name and dates: where the eye goes before the form
    tabs.before(element('div', { class: 'alert alert-info opsflow-delegation', role: 'status', 'data-task': taskId },
      delegations.get(taskId)));
  }
}

/* 流程预测: under the task's name, the steps after this one if everyone approves, and who will decide each. */
const routes = new Map();

function showRouteAhead() {
  const match = window.location.hash.match(/[?&]task=([^&]+)/);
  const details = document.querySelector('.task-details');
  if (!match || !details) {
    return;
  }
  const taskId = decodeURIComponent(match[1]);
  const shown = details.querySelector('.opsflow-route-ahead');
  if (shown && shown.dataset.task === taskId) {
    return;
  }
  if (shown) {
    shown.remove();
  }
  if (!routes.has(taskId)) {
    routes.set(taskId, null);
    const root = window.location.pathname.substring(0, window.location.pathname.indexOf('/camunda/'));
    fetch(root + '/api/tasks/' + encodeURIComponent(taskId) + '/route-ahead',
      { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(answer => (answer.ok ? answer.json() : []))
      .then(steps => {
        routes.set(taskId, steps);
        showRouteAhead();
      })
      .catch(() => {});
    return;
  }
  const steps = routes.get(taskId);
  const tabs = details.querySelector('.nav-tabs');
  if (steps && tabs) {
    const text = steps.length === 0 ? '本环节之后无需再审批。'
      : '后续环节（均同意时）：' + steps.map(step => step.step + '（' + step.deciders + '）').join(' → ');
    tabs.before(element('p', { class: 'text-muted opsflow-route-ahead', 'data-task': taskId }, text));
  }
}

/*
 * 常用意见: beside every 审批意见, the company's phrases and the reviewer's own (GET /api/phrases); picking one
 * puts it into the field as if typed, and "存为常用意见" keeps what the field holds for next time.
 */
let tasklistApi = null;
let phrases = null;

function loadPhrases() {
  if (phrases !== null || !tasklistApi) {
    return;
  }
  phrases = { company: [], mine: [] };
  call(tasklistApi, 'GET', '/phrases').then(found => {
    phrases = found;
    document.querySelectorAll('.opsflow-phrases').forEach(picker => picker.remove());
    showPhrases(document);
  }).catch(() => { phrases = null; });
}

function phraseOptions(select) {
  select.replaceChildren(element('option', { value: '' }, '常用意见…'),
    element('optgroup', { label: '我的' }, ...phrases.mine.map(p => element('option', { value: p.text }, p.text))),
    element('optgroup', { label: '公司' }, ...phrases.company.map(text => element('option', { value: text }, text))));
}

function showPhrases(root) {
  if (!tasklistApi) {
    return;
  }
  root.querySelectorAll('.fjs-form-field-textarea').forEach(field => {
    const label = field.querySelector('label');
    const textarea = field.querySelector('textarea');
    if (!label || !textarea || textarea.disabled || !label.textContent.trim().startsWith('审批意见')
      || field.querySelector('.opsflow-phrases')) {
      return;
    }
    loadPhrases();
    if (phrases === null) {
      return;
    }
    const pick = element('select', { class: 'form-control input-sm opsflow-phrase-pick', 'aria-label': '常用意见' });
    phraseOptions(pick);
    const save = element('button', { class: 'btn btn-link btn-sm opsflow-phrase-save', type: 'button' }, '存为常用意见');
    const status = element('span', { class: 'text-muted opsflow-phrase-status', role: 'status' });
    pick.addEventListener('change', () => {
      if (pick.value) {
        textarea.value = pick.value;
        textarea.dispatchEvent(new Event('input', { bubbles: true }));
        pick.value = '';
      }
    });
    save.addEventListener('click', () => {
      call(tasklistApi, 'POST', '/phrases', { text: textarea.value }).then(saved => {
        phrases.mine.push(saved);
        document.querySelectorAll('.opsflow-phrase-pick').forEach(phraseOptions);
        status.textContent = '已保存';
      }).catch(refused => { status.textContent = refused.message; });
    });
    textarea.after(element('div', { class: 'opsflow-phrases form-inline' }, pick, ' ', save, ' ', status));
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
      tidyNotifications(document);
      tidyTitles(document);
      showDateHints(document);
      showMissing(document);
      if (/\/app\/tasklist\//.test(window.location.pathname)) {
        showDelegation();
        showRouteAhead();
        showPhrases(document);
      }
    }
  });
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

/*
 * 3. Tasklist: the approval operations every review step shares. A "审批操作" tab beside the form —
 *    转办, 委派, 抄送 and the application's history — and two navbar links, 我的申请 (撤回, 催办) and
 *    抄送我的. They call our own /api with the user's Tasklist login and the web app's CSRF token; the
 *    server checks every rule again.
 */
const inTasklist = /\/app\/tasklist\//.test(window.location.pathname);

function contextPath(api) {
  // e.g. "/camunda/api/tasklist" → "" when the web apps live under /camunda at the root context
  const base = (api && api.baseApi) || '';
  const at = base.indexOf('/camunda/');
  return at > 0 ? base.substring(0, at) : '';
}

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.forEach(child => node.append(child));
  return node;
}

async function call(api, method, path, body) {
  const answer = await fetch(contextPath(api) + '/api' + path, {
    method,
    credentials: 'same-origin',
    headers: { 'Accept': 'application/json', 'Content-Type': 'application/json', 'X-XSRF-TOKEN': api.CSRFToken },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await answer.json().catch(() => ({}));
  if (!answer.ok) {
    throw new Error(json.message || ('操作失败（' + answer.status + '）'));
  }
  return json;
}

function options(select, people) {
  select.replaceChildren(...people.map(person => element('option', { value: person.id }, person.name + '（' + person.id + '）')));
}

/*
 * The 抄送 picker: the company is too many people for a list to scroll through. Typing narrows it down by
 * name, department, login, full pinyin or its initials (王芳: 王芳, 市场部, wangfang, wf); the people picked
 * stay above the search as tags until removed.
 */
const SHOWN_AT_MOST = 12;

function ccPicker(search, list, chosenTags) {
  let everyone = [];
  const picked = new Map();
  const matches = (person, query) => person.name.includes(query) || (person.department || '').includes(query)
    || person.id.toLowerCase().startsWith(query) || (person.pinyin || '').startsWith(query)
    || (person.initials || '').startsWith(query);
  const showTags = () => chosenTags.replaceChildren(...(picked.size === 0 ? [] : ['已选：']), ...Array.from(picked.values())
    .map(person => element('span', { class: 'label label-info opsflow-cc-tag', 'data-id': person.id }, person.name + ' ',
      removeButton(person))));
  const removeButton = person => {
    const button = element('button', { type: 'button', class: 'btn btn-link btn-xs', 'aria-label': '移除' + person.name }, '×');
    button.addEventListener('click', () => {
      picked.delete(person.id);
      showTags();
      showMatches();
    });
    return button;
  };
  const showMatches = () => {
    const query = search.value.trim().toLowerCase().replace(/\s+/g, '');
    if (!query) {
      list.replaceChildren();
      return;
    }
    const found = everyone.filter(person => matches(person, query));
    list.replaceChildren(...found.slice(0, SHOWN_AT_MOST).map(person => {
      const box = element('input', { type: 'checkbox', value: person.id });
      box.checked = picked.has(person.id);
      box.addEventListener('change', () => {
        if (box.checked) {
          picked.set(person.id, person);
        } else {
          picked.delete(person.id);
        }
        showTags();
      });
      return element('li', { role: 'option' }, element('label', {}, box, ' ' + person.name + ' ',
        element('span', { class: 'text-muted' }, person.department || '')));
    }), ...(found.length === 0 ? [element('li', { class: 'text-muted' }, '没有找到匹配的同事')]
      : found.length > SHOWN_AT_MOST ? [element('li', { class: 'text-muted' }, '还有 ' + (found.length - SHOWN_AT_MOST) + ' 人，请输入更多文字缩小范围')]
        : []));
  };
  search.addEventListener('input', showMatches);
  return {
    offer: people => {
      everyone = people;
      showMatches();
    },
    chosen: () => Array.from(picked.keys()),
    clear: () => {
      picked.clear();
      search.value = '';
      showTags();
      showMatches();
    },
  };
}

const approvalOperationsTab = {
  id: 'opsflow.approval-operations',
  pluginPoint: 'tasklist.task.detail',
  priority: 50,
  properties: { label: '审批操作' },
  render: (node, { taskId, api }) => {
    call(api, 'GET', '/tasks/' + taskId + '/signers').then(signing => {
      if (signing.askedOfMe && signing.askedOfMe.mode === 'PARALLEL') {
        countersignPanel(node, taskId, api, signing.askedOfMe);
      } else {
        approvalOperations(node, taskId, api, signing);
      }
    }).catch(() => approvalOperations(node, taskId, api, { signers: [] }));
  },
};

/* A 会签 sub-task: the person asked answers 同意 or 不同意 with their opinion; the step goes on with its reviewer. */
function countersignPanel(node, taskId, api, asked) {
  const status = element('p', { class: 'opsflow-status', role: 'status' });
  const agree = element('input', { type: 'radio', name: 'opsflow-countersign', value: 'true', class: 'opsflow-countersign-agree' });
  const disagree = element('input', { type: 'radio', name: 'opsflow-countersign', value: 'false', class: 'opsflow-countersign-disagree' });
  const opinion = element('textarea', { class: 'form-control opsflow-countersign-opinion', maxlength: '2000', rows: '3',
    placeholder: '会签意见（不同意时必填）', 'aria-label': '会签意见' });
  const submit = element('button', { type: 'button', class: 'btn btn-primary opsflow-countersign-submit' }, '提交会签意见');
  const application = element('a', { href: contextPath(api) + '/api/applications/' + asked.processInstanceId, target: '_blank',
    rel: 'noopener' }, '查看申请内容及审批记录');
  node.replaceChildren(element('div', { class: 'opsflow-countersign' }, element('p', { class: 'alert alert-info' }, asked.message),
    element('p', {}, application), element('p', {}, element('label', {}, agree, ' 同意'), '　', element('label', {}, disagree, ' 不同意')),
    opinion, element('p', {}, submit), status));
  submit.addEventListener('click', () => {
    const chosen = node.querySelector('input[name="opsflow-countersign"]:checked');
    submit.disabled = true;
    call(api, 'POST', '/tasks/' + taskId + '/countersign', { agreed: chosen ? chosen.value === 'true' : null, opinion: opinion.value })
      .then(done => {
        status.textContent = done.message;
        status.className = 'opsflow-status text-success';
        setTimeout(() => window.location.reload(), 1500);
      })
      .catch(refused => {
        status.textContent = refused.message;
        status.className = 'opsflow-status text-danger';
        submit.disabled = false;
      });
  });
}

function approvalOperations(node, taskId, api, signing) {
    const status = element('p', { class: 'opsflow-status', role: 'status' });
    const colleague = element('select', { class: 'form-control opsflow-colleague' });
    const handoverNote = element('input', { class: 'form-control opsflow-handover-note', maxlength: '500', placeholder: '说明（可选）' });
    const transfer = element('button', { class: 'btn btn-default opsflow-transfer', type: 'button' }, '转办');
    const delegate = element('button', { class: 'btn btn-default opsflow-delegate', type: 'button' }, '委派');
    const search = element('input', { class: 'form-control opsflow-cc-search', type: 'search', autocomplete: 'off',
      placeholder: '查找同事：姓名、部门或拼音，如 王芳、市场部、wangfang、wf', 'aria-label': '查找抄送人' });
    const people = element('ul', { class: 'list-unstyled opsflow-cc-people', role: 'listbox', 'aria-multiselectable': 'true' });
    const chosen = element('p', { class: 'opsflow-cc-chosen' });
    const ccNote = element('input', { class: 'form-control opsflow-cc-note', maxlength: '500', placeholder: '抄送说明（可选）' });
    const copy = element('button', { class: 'btn btn-default opsflow-cc', type: 'button' }, '抄送');
    const history = element('a', { class: 'opsflow-application-link', target: '_blank', rel: 'noopener' }, '查看申请及完整审批记录');
    const signMode = element('select', { class: 'form-control opsflow-sign-mode', 'aria-label': '加签方式' },
      element('option', { value: 'BEFORE' }, '向前加签（对方先审批，再交回我）'),
      element('option', { value: 'AFTER' }, '向后加签（我同意后交对方审批）'),
      element('option', { value: 'PARALLEL' }, '并行会签（与我同时审批）'));
    const signSearch = element('input', { class: 'form-control opsflow-sign-search', type: 'search', autocomplete: 'off',
      placeholder: '查找加签人：姓名、部门或拼音', 'aria-label': '查找加签人' });
    const signPeople = element('ul', { class: 'list-unstyled opsflow-sign-people', role: 'listbox', 'aria-multiselectable': 'true' });
    const signChosen = element('p', { class: 'opsflow-sign-chosen' });
    const signNote = element('input', { class: 'form-control opsflow-sign-note', maxlength: '500', placeholder: '加签说明（可选）' });
    const sign = element('button', { class: 'btn btn-default opsflow-sign', type: 'button' }, '加签');
    const signers = element('ul', { class: 'opsflow-signers' });
    node.replaceChildren(element('div', { class: 'opsflow-approval-operations' },
      status,
      element('h4', {}, '转办 / 委派'),
      element('p', { class: 'text-muted' }, '转办：把待办交给本环节其他有权办理的同事，由其办理。委派：请同事协助办理，对方提交后待办交回给您作最终决定。'),
      colleague, handoverNote, element('p', {}, transfer, ' ', delegate),
      element('h4', {}, '抄送'),
      element('p', { class: 'text-muted' }, '被抄送人可以查看这项申请及审批记录（在“抄送我的”中），但不能办理。'),
      search, people, chosen, ccNote, element('p', {}, copy),
      element('h4', {}, '加签 / 减签'),
      element('p', { class: 'text-muted' }, '向前加签：对方先审批，提交后待办交回您。向后加签：您同意后交对方审批，由最后一位加签人作出本环节决定。'
        + '并行会签：对方与您同时审批，全部会签人审批后您才能办理。加签人未审批前，您可以减签。'),
      signMode, signSearch, signPeople, signChosen, signNote, element('p', {}, sign), signers,
      element('p', {}, history)));
    if (signing.askedOfMe) {
      status.textContent = signing.askedOfMe.message;
      status.className = 'opsflow-status text-info';
    }
    const showSigners = list => signers.replaceChildren(...list.map(signer => {
      const item = element('li', { 'data-id': String(signer.id) }, signer.name + ' · ' + signer.modeLabel + ' · ' + signer.stateLabel
        + (signer.opinion ? ' · ' + signer.opinion : ''));
      if (signer.removable) {
        const remove = element('button', { type: 'button', class: 'btn btn-link btn-xs opsflow-unsign' }, '减签');
        remove.addEventListener('click', () => act(remove, () => call(api, 'DELETE', '/signers/' + signer.id))
          .then(done => done && setTimeout(() => window.location.reload(), 1500)));
        item.append(' ', remove);
      }
      return item;
    }));
    showSigners(signing.signers || []);

    const say = (text, failed) => {
      status.textContent = text;
      status.className = 'opsflow-status ' + (failed ? 'text-danger' : 'text-success');
    };
    const act = async (button, work) => {
      button.disabled = true;
      try {
        say((await work()).message, false);
        return true;
      } catch (refused) {
        say(refused.message, true);
        return false;
      } finally {
        button.disabled = false;
      }
    };

    fetch(api.engineApi + '/task/' + taskId, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(answer => answer.json())
      .then(task => history.setAttribute('href', contextPath(api) + '/api/applications/' + task.processInstanceId))
      .catch(() => history.remove());
    call(api, 'GET', '/tasks/' + taskId + '/colleagues').then(colleagues => {
      options(colleague, colleagues);
      if (colleagues.length === 0) {
        colleague.replaceChildren(element('option', { value: '' }, '本环节没有其他可办理的同事'));
        transfer.disabled = true;
        delegate.disabled = true;
      }
    }).catch(refused => say(refused.message, true));
    const picker = ccPicker(search, people, chosen);
    const signPicker = ccPicker(signSearch, signPeople, signChosen);
    call(api, 'GET', '/people').then(everyone => {
      picker.offer(everyone);
      signPicker.offer(everyone);
    }).catch(refused => say(refused.message, true));
    sign.addEventListener('click', () => act(sign, () => call(api, 'POST', '/tasks/' + taskId + '/signers',
      { mode: signMode.value, people: signPicker.chosen(), note: signNote.value }))
      .then(done => done && setTimeout(() => window.location.reload(), 1500)));

    const handOver = what => act(what === 'transfer' ? transfer : delegate, () => call(api, 'POST',
      '/tasks/' + taskId + '/' + what, { to: colleague.value, comment: handoverNote.value }))
      .then(done => done && setTimeout(() => window.location.reload(), 1500));
    transfer.addEventListener('click', () => handOver('transfer'));
    delegate.addEventListener('click', () => handOver('delegate'));
    copy.addEventListener('click', () => act(copy, async () => {
      const task = await fetch(api.engineApi + '/task/' + taskId,
        { credentials: 'same-origin', headers: { 'Accept': 'application/json' } }).then(answer => answer.json());
      return call(api, 'POST', '/applications/' + task.processInstanceId + '/cc',
        { recipients: picker.chosen(), note: ccNote.value }).then(done => {
        picker.clear();
        return done;
      });
    }));
}

/*
 * 附件: the files of the application beside every task — upload to this step, download, and delete one's own
 * until the step is done. The server checks every file by its content; this only offers the choice.
 */
const attachmentsTab = {
  id: 'opsflow.attachments',
  pluginPoint: 'tasklist.task.detail',
  priority: 45,
  properties: { label: '附件' },
  render: (node, { taskId, api }) => {
    const status = element('p', { class: 'opsflow-status', role: 'status' });
    const rows = element('tbody');
    const table = element('table', { class: 'table table-condensed opsflow-attachments' },
      element('thead', {}, element('tr', {}, ...['文件', '大小', '环节', '上传人', '上传时间', ''].map(h => element('th', {}, h)))), rows);
    const file = element('input', { type: 'file', class: 'opsflow-attachment-file', 'aria-label': '选择要上传的文件' });
    const upload = element('button', { type: 'button', class: 'btn btn-default opsflow-attachment-upload' }, '上传');
    const limits = element('p', { class: 'text-muted opsflow-attachment-limits' });
    node.replaceChildren(element('div', {}, status, table, element('h4', {}, '上传附件'), limits,
      element('p', {}, file), element('p', {}, upload)));
    const say = (text, failed) => {
      status.textContent = text;
      status.className = 'opsflow-status ' + (failed ? 'text-danger' : 'text-success');
    };
    const show = () => call(api, 'GET', '/tasks/' + taskId + '/attachments').then(files => {
      rows.replaceChildren(...(files.length === 0 ? [element('tr', {}, element('td', { colspan: '6', class: 'text-muted' }, '暂无附件'))]
        : files.map(attachment => {
          const remove = element('button', { type: 'button', class: 'btn btn-link btn-xs opsflow-attachment-delete',
            'aria-label': '删除' + attachment.name }, '删除');
          remove.addEventListener('click', () => call(api, 'DELETE', '/attachments/' + attachment.id)
            .then(done => { say(done.message, false); show(); }).catch(refused => say(refused.message, true)));
          return element('tr', { 'data-id': String(attachment.id) },
            element('td', {}, element('a', { href: contextPath(api) + attachment.url, target: '_blank', rel: 'noopener',
              class: 'opsflow-attachment-name' }, attachment.name)),
            element('td', {}, attachment.sizeText), element('td', {}, attachment.step), element('td', {}, attachment.uploadedBy),
            element('td', {}, attachment.uploadedAt), element('td', {}, ...(attachment.deletable ? [remove] : [])));
        })));
    }).catch(refused => say(refused.message, true));
    call(api, 'GET', '/attachment-rules').then(rules => { limits.textContent = rules.message; }).catch(() => {});
    upload.addEventListener('click', async () => {
      if (file.files.length === 0) {
        say('请先选择要上传的文件。', true);
        return;
      }
      const form = new FormData();
      form.append('file', file.files[0]);
      upload.disabled = true;
      try {
        const answer = await fetch(contextPath(api) + '/api/tasks/' + taskId + '/attachments', { method: 'POST',
          credentials: 'same-origin', headers: { 'Accept': 'application/json', 'X-XSRF-TOKEN': api.CSRFToken }, body: form });
        const json = await answer.json().catch(() => ({}));
        say(json.message || ('上传失败（' + answer.status + '）'), !answer.ok);
        if (answer.ok) {
          file.value = '';
          show();
        }
      } finally {
        upload.disabled = false;
      }
    });
    show();
  },
};

const myApplicationsLinks = {
  id: 'opsflow.my-applications',
  pluginPoint: 'tasklist.navbar.action',
  priority: 10,
  render: (node, { api }) => {
    tasklistApi = api;
    node.replaceChildren(
      element('a', { class: 'opsflow-my-applications', href: contextPath(api) + '/api/applications', target: '_blank', rel: 'noopener' }, '我的申请'),
      ' ',
      element('a', { class: 'opsflow-copied-to-me', href: contextPath(api) + '/api/cc', target: '_blank', rel: 'noopener' }, '抄送我的'));
  },
};

/*
 * 4. Cockpit: the 运营看板 for 管理层 — a navbar entry and a page of its own, figures from /api/dashboard
 *    (the server decides who may read them).
 */
const inCockpit = /\/app\/cockpit\//.test(window.location.pathname);
const DASHBOARD_PATH = '/opsflow-dashboard';

function table(headers, rows) {
  return element('table', { class: 'cam-table opsflow-table' },
    element('thead', {}, element('tr', {}, ...headers.map(header => element('th', {}, header)))),
    element('tbody', {}, ...rows.map(row => element('tr', {}, ...row.map(cell => element('td', {}, String(cell)))))));
}

function plansText(byStatus) {
  const entries = Object.entries(byStatus || {});
  return entries.length === 0 ? '—' : entries.map(([status, count]) => status + ' ' + count).join('，');
}

function rateText(rate) {
  return rate === null ? '—' : rate + '%';
}

/* CC-3.2: customer feedback recorded in the period, complaints answered in time, satisfaction, reopened complaints. */
function customerSection(figures) {
  const cases = figures.customerCases;
  const recorded = Object.values(cases.byCategory).reduce((sum, count) => sum + count, 0);
  const heading = element('h3', {}, '客户反馈与投诉（' + figures.activityPeriod + '登记）');
  if (recorded === 0) {
    return [heading, element('p', { class: 'text-muted' }, '本期暂无客户反馈。')];
  }
  return [heading,
    table(['类别', '件数'], Object.entries(cases.byCategory)),
    table(['状态', '件数'], Object.entries(cases.byStatus)),
    cases.departments.length === 0 ? element('p', { class: 'text-muted' }, '本期暂无处理完毕的投诉。')
      : table(['责任部门', '处理完毕的投诉', '按时处理', '按时率'],
        cases.departments.map(d => [d.name, d.handled, d.onTime, rateText(d.onTimeRate)])),
    element('p', { class: 'opsflow-satisfaction' }, '客户满意度：'
      + Object.entries(cases.satisfaction).map(([level, count]) => level + ' ' + count).join('，')
      + '；重新处理率：' + rateText(cases.reopenRate) + '（' + cases.complaintsReopened + ' / ' + cases.complaintsRated + '）')];
}

/* OM-8.4: meeting resolutions per 责任人's department — completed in the period on time, open and overdue now. */
function resolutionSection(figures) {
  const heading = element('h3', {}, '会议决议执行（' + figures.activityPeriod + '完成，及当前未完成）');
  if (figures.resolutions.length === 0) {
    return [heading, element('p', { class: 'text-muted' }, '暂无会议决议。')];
  }
  return [heading, table(['责任部门', '已完成', '按时完成', '按时完成率', '未完成', '已逾期'],
    figures.resolutions.map(d => [d.name, d.completed, d.onTime, rateText(d.onTimeRate), d.open, d.overdue])),
  element('p', {}, element('a', { href: '/api/resolutions', target: '_blank' }, '查看决议台账'))];
}

/* OM-5: the register's open risks by level and the departments' open warnings, as they stand now. */
function riskSection(figures) {
  const risks = figures.risks;
  return [element('h3', {}, '风险与预警（当前）'),
    table(['风险等级', '未关闭的风险'], Object.entries(risks.openRisksByLevel)),
    risks.openWarnings.length === 0 ? element('p', { class: 'text-muted opsflow-no-warnings' }, '当前没有未关闭的预警。')
      : table(['部门', '未关闭的预警', '其中报警'], risks.openWarnings.map(d => [d.name, d.open, d.alarms])),
    element('p', {}, element('a', { href: '/api/risks', target: '_blank' }, '查看风险台账'), '　',
      element('a', { href: '/api/risk-warnings?status=open', target: '_blank' }, '查看预警'), '　',
      element('a', { href: '/api/indicators', target: '_blank' }, '查看风险监控指标'))];
}

async function showDashboard(content, api, year, department) {
  content.replaceChildren(element('p', { class: 'text-muted' }, '正在加载…'));
  // no year: the server opens on the year managers look at first (next year's from the planning season on)
  const query = '?' + (year ? 'year=' + year : '') + (department ? '&department=' + encodeURIComponent(department) : '');
  let figures;
  try {
    figures = await call(api, 'GET', '/dashboard' + query);
  } catch (refused) {
    content.replaceChildren(element('p', { class: 'text-danger opsflow-dashboard-refused' }, refused.message));
    return null;
  }
  const rate = figures.rectification.firstRoundPassRate;
  content.replaceChildren(
    element('h3', {}, '各部门概况'),
    table(['部门', figures.year + ' 年度运营计划（按状态）', '待办', '已逾期', '有未关闭问题的督导', '绩效积分（' + figures.activityPeriod + '）'],
      figures.departments.map(d => [d.name, plansText(d.plansByStatus), d.openTasks, d.overdueTasks, d.auditsWithOpenFindings, d.ledgerPoints])),
    element('h3', {}, '审核环节用时（' + figures.activityPeriod + '办结的待办）'),
    figures.stepTimes.length === 0 ? element('p', { class: 'text-muted' }, figures.activityPeriod + '暂无办结的待办。')
      : table(['流程', '环节', '办结数', '平均（小时）', '95% 分位（小时）'],
        figures.stepTimes.map(t => [t.process, t.step, t.completed, t.averageHours, t.p95Hours])),
    element('h3', {}, '督导整改（' + figures.activityPeriod + '）'),
    element('p', { class: 'opsflow-pass-rate' }, '首轮验收通过率：' + (rate === null ? '暂无验收' : rate + '%')
      + '（通过 ' + figures.rectification.firstRoundsPassed + ' / 已验收 ' + figures.rectification.firstRoundsDecided + '）；'
      + '未关闭的问题：' + figures.rectification.openFindings),
    element('h3', {}, '跨部门协作项目（按阶段，' + figures.activityPeriod + '发起）'),
    Object.keys(figures.projectsByPhase).length === 0 ? element('p', { class: 'text-muted' }, '本期暂无协作项目。')
      : table(['阶段', '项目数'], Object.entries(figures.projectsByPhase)),
    ...customerSection(figures),
    ...resolutionSection(figures),
    ...riskSection(figures));
  return figures;
}

const dashboardNavigation = {
  id: 'opsflow.dashboard.navigation',
  pluginPoint: 'cockpit.navigation',
  priority: 100,
  properties: { pagePath: '#' + DASHBOARD_PATH, label: '运营看板', checkActive: path => path.indexOf('#' + DASHBOARD_PATH) > -1 },
  render: node => node.replaceChildren(element('a', { class: 'opsflow-dashboard-link', href: '#' + DASHBOARD_PATH }, '运营看板')),
};

const dashboardRoute = {
  id: 'opsflow.dashboard',
  pluginPoint: 'cockpit.route',
  properties: { path: DASHBOARD_PATH, label: '运营看板' },
  render: (node, { api }) => {
    const year = element('select', { class: 'form-control opsflow-year' });
    const years = shown => {
      // the year shown, the one after it and the three before it
      year.replaceChildren(...[shown + 1, shown, shown - 1, shown - 2, shown - 3]
        .map(y => element('option', { value: String(y) }, y + ' 年')));
      year.value = String(shown);
    };
    const department = element('select', { class: 'form-control opsflow-department' }, element('option', { value: '' }, '全公司'));
    const content = element('div', { class: 'opsflow-dashboard-content' });
    node.replaceChildren(element('div', { class: 'opsflow-dashboard container-fluid' },
      element('h2', {}, '运营看板'),
      element('div', { class: 'form-inline' }, year, ' ', department),
      content));
    const refresh = async () => {
      const figures = await showDashboard(content, api, year.value, department.value);
      if (figures && year.options.length === 0) {
        years(figures.year);
      }
      if (figures && department.options.length === 1) {
        figures.departments.forEach(d => department.append(element('option', { value: d.department }, d.name)));
      }
    };
    year.addEventListener('change', refresh);
    department.addEventListener('change', refresh);
    refresh();
  },
};

export default inTasklist ? [approvalOperationsTab, attachmentsTab, myApplicationsLinks]
  : inCockpit ? [dashboardNavigation, dashboardRoute] : [];
