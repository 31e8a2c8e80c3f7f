package org.helpdesk.api.mapping;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedThreadFactory;

/**
 * The threads stylesheets run on, apart from the server's shared pools: at most {@value #THREADS} at once and
 * {@value #WAITING} waiting; more is refused at once. An XSLT processor cannot be stopped while it computes
 * without writing, so a runaway stylesheet can hold one of these threads until it ends, and never more.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class MappingThreads {

    static final int THREADS = 4;
    static final int WAITING = 32;

    @Resource
    ManagedThreadFactory threads;

    private ThreadPoolExecutor pool;

    @PostConstruct
    void start() {
        pool = new ThreadPoolExecutor(THREADS, THREADS, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(WAITING), threads,
                new ThreadPoolExecutor.AbortPolicy());
        pool.allowCoreThreadTimeOut(true);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    public ExecutorService executor() {
        return pool;
    }
}
