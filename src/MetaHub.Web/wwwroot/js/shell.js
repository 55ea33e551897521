// Remembers the colour scheme per browser.
window.metahub = {
  getTheme: () => localStorage.getItem("mh.theme"),
  setTheme: (value) => localStorage.setItem("mh.theme", value),
};
