// The baseline: hand-written DOM with checks compiled from the schema once (closures), no framework.
// The same labelled controls as the others (label[for], help, error text, aria-describedby/-invalid),
// errors shown once a field was left (blur) and then live, like a careful hand-written form.

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URI = /^[a-z][a-z0-9+.-]*:[^\s]*$/i;

function compileCheck(s) {
  const checks = [];
  if (s.minLength !== undefined)
    checks.push((v) => ([...v].length < s.minLength ? `At least ${s.minLength} characters.` : null));
  if (s.maxLength !== undefined)
    checks.push((v) => ([...v].length > s.maxLength ? `At most ${s.maxLength} characters.` : null));
  if (s.format === 'email') checks.push((v) => (EMAIL.test(v) ? null : 'Enter an email address.'));
  if (s.format === 'uri') checks.push((v) => (URI.test(v) ? null : 'Enter a URL.'));
  if (s.enum) checks.push((v) => (s.enum.includes(v) ? null : 'Choose an option.'));
  return (v) => {
    if (v === undefined || v === '') return null;
    for (const c of checks) {
      const m = c(v);
      if (m) return m;
    }
    return null;
  };
}

function buildField(key, s, fields) {
  const id = `v-${key}`;
  const wrap = document.createElement('div');
  wrap.className = 'field';
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = s.title ?? key;
  let ctl;
  if (s.type === 'boolean') {
    ctl = document.createElement('input');
    ctl.type = 'checkbox';
  } else if (s.enum) {
    ctl = document.createElement('select');
    ctl.add(new Option('', ''));
    for (const o of s.enum) ctl.add(new Option(o, o));
  } else {
    ctl = document.createElement('input');
    ctl.type = s.format === 'email' ? 'email' : s.format === 'uri' ? 'url' : 'text';
  }
  ctl.id = id;
  ctl.name = key;
  const describedBy = [];
  wrap.append(label, ctl);
  if (s.description) {
    const help = document.createElement('div');
    help.id = `${id}-help`;
    help.className = 'help';
    help.textContent = s.description;
    wrap.append(help);
    describedBy.push(help.id);
  }
  const error = document.createElement('div');
  error.id = `${id}-error`;
  error.className = 'error';
  wrap.append(error);
  describedBy.push(error.id);
  ctl.setAttribute('aria-describedby', describedBy.join(' '));
  const field = { key, wrap, ctl, error, check: compileCheck(s), touched: false, invalid: false };
  fields.set(id, field);
  return field;
}

function show(field, value) {
  const message = field.check(value);
  const invalid = message !== null;
  if (invalid !== field.invalid) {
    field.invalid = invalid;
    if (invalid) field.ctl.setAttribute('aria-invalid', 'true');
    else field.ctl.removeAttribute('aria-invalid');
  }
  field.error.textContent = message ?? '';
}

let fields = new Map();

window.__adapter = {
  name: 'vanilla',
  load: (w) => w.schema,
  mount(container, schema) {
    fields = new Map();
    const values = {};
    const root = document.createElement('div');
    const blocks = new Map();
    for (const [key, s] of Object.entries(schema.properties)) root.append(buildField(key, s, fields).wrap);
    // if/then/else on one boolean: the hand-written equivalent swaps two groups of fields after the switch.
    for (const b of schema.allOf ?? []) {
      const [sw] = Object.keys(b.if.properties);
      const make = (branch) => Object.entries(branch.properties).map(([k, s]) => buildField(k, s, fields).wrap);
      const block = { then: make(b.then), else: make(b.else) };
      blocks.set(sw, block);
      fields.get(`v-${sw}`).wrap.after(...block.else);
    }
    root.addEventListener('input', (e) => {
      const f = fields.get(e.target.id);
      if (!f) return;
      if (f.ctl.type === 'checkbox') {
        values[f.key] = f.ctl.checked;
        const block = blocks.get(f.key);
        if (block) {
          const [on, off] = f.ctl.checked ? [block.then, block.else] : [block.else, block.then];
          for (const el of off) el.remove();
          f.wrap.after(...on);
        }
        return;
      }
      values[f.key] = f.ctl.value;
      if (f.touched) show(f, f.ctl.value);
    });
    root.addEventListener('focusout', (e) => {
      const f = fields.get(e.target.id);
      if (!f || f.ctl.type === 'checkbox') return;
      f.touched = true;
      show(f, f.ctl.value);
    });
    container.append(root);
  },
  run: (fn) => fn(),
  count: () => fields.size && document.querySelectorAll('#app input, #app select, #app textarea').length,
  control: (key) => document.getElementById(`v-${key}`),
  isShown: (key) => document.getElementById(`v-${key}`) !== null,
  state(key) {
    const el = document.getElementById(`v-${key}`);
    return { value: el?.value, invalid: el?.getAttribute('aria-invalid') === 'true' };
  },
};
