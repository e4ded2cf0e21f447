/*
 * Presentation mode, keyboard first. The slides work without this script: each has previous, next,
 * first and last links. With it: ArrowRight, ArrowDown, PageDown and Space go on (Shift+Space back),
 * ArrowLeft, ArrowUp and PageUp go back, Home and End go to the first and last slide, and a
 * full-screen button appears where the browser allows it. On a live page the links lead to
 * /present/n; in the offline pack to #slide-n in the same file. No words here: they are in the page.
 */
(function () {
  'use strict';

  var KEYS = {
    ArrowRight: 'next', ArrowDown: 'next', PageDown: 'next', ' ': 'next',
    ArrowLeft: 'prev', ArrowUp: 'prev', PageUp: 'prev',
    Home: 'first', End: 'last'
  };

  function slides() {
    return document.querySelectorAll('section.slide');
  }

  /** The slide on screen: the only one, else the one the address names, else the first. */
  function current() {
    var all = slides();
    if (all.length <= 1) {
      return all[0];
    }
    var named = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    return named && named.classList.contains('slide') ? named : all[0];
  }

  /** Keys typed into a field, or pressed on a button, keep their usual meaning. */
  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName));
  }

  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) {
      return;
    }
    var go = KEYS[event.key];
    if (!go) {
      return;
    }
    if (event.key === ' ' && event.shiftKey) {
      go = 'prev';
    }
    var slide = current();
    var link = slide && slide.querySelector('a[data-go="' + go + '"]');
    event.preventDefault();
    if (link) {
      link.click();
    }
  });

  /** The slide the address names takes the focus, so a screen reader reads it after a jump. */
  window.addEventListener('hashchange', function () {
    var slide = current();
    var title = slide && slide.querySelector('.slide-title');
    if (title) {
      title.setAttribute('tabindex', '-1');
      title.focus();
    }
  });

  var root = document.documentElement;
  if (root.requestFullscreen && document.fullscreenEnabled) {
    document.querySelectorAll('[data-fullscreen]').forEach(function (button) {
      button.hidden = false;
      button.setAttribute('aria-pressed', 'false');
      button.addEventListener('click', function () {
        if (document.fullscreenElement) {
          document.exitFullscreen();
        } else {
          root.requestFullscreen();
        }
      });
    });
    document.addEventListener('fullscreenchange', function () {
      var on = document.fullscreenElement ? 'true' : 'false';
      document.querySelectorAll('[data-fullscreen]').forEach(function (button) {
        button.setAttribute('aria-pressed', on);
      });
    });
  }
})();
