package vn.dangbo.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Session reads a page's session from the database three times: once when the page asks for
 * it, and again after each of its two saves (when the answer is committed and when its filter
 * ends), to learn whether the session it has just saved still exists (a known behaviour of its
 * filter). Within one request the store answers those later reads with the session it read or saved
 * last: one read of the session's rows a page instead of three. A session deleted in the request
 * (signing out) is read from the database again, and so is a session under an id it no longer has
 * (a new id at sign-in), as before.
 */
@Configuration(proxyBeanMethods = false)
class SessionReadOnce {

  /** The sessions read or saved in the current request, by id; none outside a request. */
  private static final ThreadLocal<Map<String, Session>> READ = new ThreadLocal<>();

  /** Marks the request's bounds, just outside the session filter. */
  @Bean
  FilterRegistrationBean<RequestBounds> sessionReadOnceInARequest() {
    var registration = new FilterRegistrationBean<>(new RequestBounds());
    registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
    return registration;
  }

  @Bean
  static BeanPostProcessor sessionStoreReadOnce() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof JdbcIndexedSessionRepository ? readOnce(bean) : bean;
      }
    };
  }

  /** The session store, of the same class, answering later reads within a request. */
  static <T> T readOnce(T repository) {
    var proxy = new ProxyFactory(repository);
    proxy.setProxyTargetClass(true);
    proxy.addAdvice(new ReadOnce());
    @SuppressWarnings("unchecked")
    T store = (T) proxy.getProxy(repository.getClass().getClassLoader());
    return store;
  }

  /** Keeps the sessions of one request, from before the session filter to after it. */
  static final class RequestBounds extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      READ.set(new HashMap<>());
      try {
        chain.doFilter(request, response);
      } finally {
        READ.remove();
      }
    }
  }

  /** Answers {@code findById} from the request's sessions, keeping what it reads and saves. */
  private static final class ReadOnce implements MethodInterceptor {
    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
      var read = READ.get();
      if (read == null) {
        return invocation.proceed();
      }
      var arguments = invocation.getArguments();
      switch (invocation.getMethod().getName()) {
        case "findById" -> {
          var id = (String) arguments[0];
          if (read.containsKey(id)) {
            return read.get(id);
          }
          var session = invocation.proceed();
          if (session != null) {
            read.put(id, (Session) session);
          }
          return session;
        }
        case "save" -> {
          var result = invocation.proceed();
          var session = (Session) arguments[0];
          read.values().remove(session);
          read.put(session.getId(), session);
          return result;
        }
        case "deleteById" -> {
          read.remove((String) arguments[0]);
          return invocation.proceed();
        }
        default -> {
          return invocation.proceed();
        }
      }
    }
  }
}
